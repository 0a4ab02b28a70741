"""ORM rows to bytes and back, by column type — JSON, never pickle (a cache is not trusted code)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, TypeVar

import orjson
from sqlalchemy import DateTime, inspect

T = TypeVar("T")


def _columns(model: type) -> list[Any]:
    # Deferred columns (the generated tsvector, vectors) are never read by resolvers.
    return [attr for attr in inspect(model).column_attrs if not attr.deferred]


def row_to_dict(row: Any) -> dict[str, Any]:
    return {attr.key: _plain(getattr(row, attr.key)) for attr in _columns(type(row))}


def row_from_dict(model: type[T], data: dict[str, Any]) -> T:
    values = {}
    for attr in _columns(model):
        value = data.get(attr.key)
        if value is not None and isinstance(attr.columns[0].type, DateTime):
            value = datetime.fromisoformat(value)
        values[attr.key] = value
    return model(**values)


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


def dumps(value: Any) -> bytes:
    return orjson.dumps(value, default=str)


def loads(data: bytes) -> Any:
    return orjson.loads(data)
