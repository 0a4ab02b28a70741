"""SQL that prints values exactly as the resolvers' scalars print them.

The compiled path must answer byte for byte what Strawberry answers, so every format the
resolvers produce in Python is reproduced here in SQL: global IDs (`relay.GlobalID`, standard
base64 of `Type:id`), cursors (`core/relay.py encode_cursor`, URL-safe base64 without padding
of compact JSON), DateTime (`datetime.isoformat()` of a UTC value: microseconds only when not
zero, `+00:00`), and enums (the Python Enum's member name for its stored value). Each is typed
`SafeText`: characters JSON never escapes, so it goes into the response quoted as it is.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from sqlalchemy import Text, case, cast, func, literal, literal_column, type_coerce
from sqlalchemy.sql.elements import ColumnElement

from psscript_graphql.compiler.json_text import SAFE_TEXT
from psscript_graphql.core.relay import Ordering

_UTC = literal_column("'UTC'")


def _base64(text: ColumnElement[Any]) -> ColumnElement[str]:
    # PostgreSQL wraps base64 output every 76 characters; Python does not.
    return func.translate(func.encode(func.convert_to(text, literal_column("'UTF8'")), literal_column("'base64'")), "\n", "")


def global_id(type_name: str, id_column: ColumnElement[Any]) -> ColumnElement[str]:
    """`relay.GlobalID(type_name, str(id))` as Strawberry prints it."""
    return type_coerce(_base64(literal(f"{type_name}:", Text) + cast(id_column, Text)), SAFE_TEXT)


def iso_datetime(column: ColumnElement[Any]) -> ColumnElement[str]:
    """`datetime.isoformat()` of a timestamptz read as UTC (NULL stays NULL)."""
    utc = func.timezone(_UTC, column)
    seconds = func.to_char(utc, literal_column("'YYYY-MM-DD\"T\"HH24:MI:SS'"))
    fraction = case(
        (func.date_trunc(literal_column("'second'"), utc) == utc, literal_column("''", Text)),
        else_=func.to_char(utc, literal_column("'.US'")),
    )
    return type_coerce(seconds + fraction + literal_column("'+00:00'", Text), SAFE_TEXT)


def enum_name(column: ColumnElement[Any], enum: type[Enum]) -> ColumnElement[str]:
    """The GraphQL name of an enum stored as its Python value."""
    return type_coerce(case(*((column == member.value, literal(member.name, Text)) for member in enum), else_=None), SAFE_TEXT)


def _sort_value_json(value: ColumnElement[Any], python_type: type) -> ColumnElement[str]:
    """`encode_sort_value` as compact JSON text: ["d",iso] / ["i",n] / ["f",x] / ["s",text]."""
    if python_type is int:
        return literal_column("'[\"i\",'", Text) + cast(value, Text) + literal_column("']'", Text)
    if python_type is float:
        raise TypeError("float sort values print differently in SQL and Python; not compiled")
    if python_type.__name__ == "datetime":
        return literal_column("'[\"d\",\"'", Text) + iso_datetime(value) + literal_column("'\"]'", Text)
    return literal_column("'[\"s\",'", Text) + cast(func.to_json(value), Text) + literal_column("']'", Text)


def cursor(ordering: Ordering, values: list[ColumnElement[Any]]) -> ColumnElement[str]:
    """`encode_cursor(ordering, values)`: the ordering's name and the row's sort values."""
    parts: ColumnElement[Any] = literal(f'["{ordering.name}",[', Text)
    for index, (column, value) in enumerate(zip(ordering.columns, values, strict=True)):
        if index:
            parts = parts + literal_column("','", Text)
        parts = parts + _sort_value_json(value, column.type.python_type)
    parts = parts + literal_column("']]'", Text)
    encoded = func.translate(func.encode(func.convert_to(parts, literal_column("'UTF8'")), literal_column("'base64'")), "+/\n", "-_")
    return type_coerce(func.rtrim(encoded, "="), SAFE_TEXT)
