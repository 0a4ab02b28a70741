"""ORM rows to bytes and back, by column type — JSON, never pickle (a cache is not trusted code)."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Any, TypeVar

import orjson
from sqlalchemy import DateTime, inspect

T = TypeVar("T")


@cache
def _columns(model: type) -> tuple[tuple[str, bool], ...]:
    """(attribute key, is a timestamp) per column a resolver reads. Deferred columns (the
    generated tsvector, vectors) are never read by resolvers, so never cached."""
    return tuple(
        (attr.key, isinstance(attr.columns[0].type, DateTime)) for attr in inspect(model).column_attrs if not attr.deferred
    )


def row_to_dict(row: Any) -> dict[str, Any]:
    return {key: _plain(getattr(row, key)) for key, _ in _columns(type(row))}


def row_from_dict(model: type[T], data: dict[str, Any]) -> T:
    """A detached instance whose columns are loaded, as if read from the database.

    The values go straight into the instance's `__dict__`, as SQLAlchemy's own loading does:
    the mapped constructor would fire an attribute event per column — on a page of cached rows
    a noticeable part of the request's CPU — to record changes nobody will flush."""
    row = inspect(model).class_manager.new_instance()
    values = row.__dict__
    for key, is_timestamp in _columns(model):
        value = data.get(key)
        values[key] = datetime.fromisoformat(value) if is_timestamp and value is not None else value
    return row


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


def dumps(value: Any) -> bytes:
    return orjson.dumps(value, default=str)


def loads(data: bytes) -> Any:
    return orjson.loads(data)
