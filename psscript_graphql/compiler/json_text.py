"""SQL that prints JSON text exactly as the response encoder (orjson) prints it.

PostgreSQL's `json_build_object`/`json_agg` print `{"a" : 1, "b" : [1, 2]}`: valid JSON, but
not the bytes orjson writes, so their text could not go into a response as it is. Here objects
are `concat('{"a":', value, ',"b":', value, '}')`, lists `concat('[', string_agg(item, ','
ORDER BY …), ']')`, and each scalar is printed by its type the way orjson prints the Python
value the resolvers return:

- text: `to_json(text)`, whose escaping is orjson's for every code point — `\\"`, `\\\\`,
  `\\b \\f \\n \\r \\t`, other control characters as `\\u00XX` (lowercase hex), everything
  else (`/`, U+2028, non-ASCII) as UTF-8 (tests/integration/compiler/test_json_text.py holds
  this for all of Unicode; PostgreSQL text has no NUL and no lone surrogates);
- integers and booleans: their text (`12`, `true`);
- floats: orjson's shortest round-trip form (`2.0`, `0.00001`, `1.5e-7`, `1e+16`), see
  `float_text`;
- text the formats build from safe characters only (base64 ids and cursors, ISO dates, enum
  names; `SafeText`): quoted without escaping.

NULL prints `null`. Every function returns text that is never NULL.

What PostgreSQL cannot print as orjson does — JSON columns (jsonb prints `{"a": 1}`), and the
fields finish.py finishes in Python — is *marked*: `\x01<site>\x02<PostgreSQL's JSON>\x03`.
Compact JSON never holds those bytes raw (strings escape every control character), so
`finish.splice` finds them, reprints or finishes just those values, and nothing else is parsed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import orjson
from sqlalchemy import (
    ARRAY, JSON, Boolean, DateTime, Float, Integer, Numeric, String, Text, case, cast, func, literal_column, select, type_coerce,
)
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.sql.elements import BindParameter, ColumnElement, Null, TextClause
from sqlalchemy.types import TypeDecorator

MAX_ARGUMENTS = 100  # a PostgreSQL function takes at most 100 arguments (concat is one)
START, SITE_END, END = "\x01", "\x02", "\x03"  # around a marked value (finish.splice)
REPRINT = "j"  # the site of a JSON value orjson prints again as it is


class JSONText(TypeDecorator[str]):
    """Text that already is JSON: an object, a list or a constant this module printed."""

    impl = Text
    cache_ok = True


class SafeText(TypeDecorator[str]):
    """Text of characters JSON never escapes (formats.py: ids, cursors, dates, enum names)."""

    impl = Text
    cache_ok = True


JSON_TEXT = JSONText()
SAFE_TEXT = SafeText()


class Constant(str):
    """JSON text known when the plan is built (`__typename`): merged into the literal around it."""


def constant(value: Any) -> Constant:
    return Constant(orjson.dumps(value).decode())


def raw(text: str) -> ColumnElement[str]:
    """JSON text written out in the SQL (keys, brackets, constants)."""
    return literal_column("'" + text.replace("'", "''") + "'", JSON_TEXT)


NULL = raw("null")


def value(expr: Any) -> ColumnElement[str]:
    """The JSON text of a field's SQL value."""
    if isinstance(expr, Constant):
        return raw(expr)
    if isinstance(expr, Null):
        return NULL
    type_ = expr.type
    if isinstance(type_, JSONText):
        printed = expr
    elif isinstance(type_, SafeText):
        printed = literal_column("'\"'", Text).concat(expr).concat(literal_column("'\"'", Text))
    elif isinstance(type_, (Boolean, Integer)):
        printed = cast(expr, Text)
    elif isinstance(type_, Float):
        printed = float_text(expr)
    elif isinstance(type_, DateTime):
        raise TypeError("a timestamp prints as the resolvers print it: use formats.iso_datetime")
    elif isinstance(type_, JSON):
        return marked(REPRINT, expr)  # PostgreSQL's JSON text has spaces: orjson prints it again
    elif isinstance(type_, String):
        typed = cast(expr, Text) if isinstance(expr, (BindParameter, TextClause)) or getattr(expr, "is_literal", False) else expr
        printed = cast(func.to_json(typed), Text)  # a bare literal is typed first: to_json needs a type
    else:
        printed = cast(func.to_json(expr), Text)
    return func.coalesce(printed, NULL, type_=JSON_TEXT)


def marked(site: str, expr: ColumnElement[Any]) -> ColumnElement[str]:
    """A JSON value for Python to finish or reprint at `site` (finish.splice)."""
    text = func.coalesce(cast(expr, Text), NULL)
    return type_coerce(raw(f"{START}{site}{SITE_END}").concat(text).concat(raw(END)), JSON_TEXT)


def concat(parts: Sequence[Any]) -> ColumnElement[str]:
    """`concat(...)` of texts and literals, nested where there are more than 100."""
    args = [raw(part) if isinstance(part, str) else part for part in parts if not (isinstance(part, str) and part == "")]
    while len(args) > MAX_ARGUMENTS:
        args = [func.concat(*args[i : i + MAX_ARGUMENTS], type_=JSON_TEXT) for i in range(0, len(args), MAX_ARGUMENTS)]
    return func.concat(*args, type_=JSON_TEXT)


def obj(pairs: Sequence[tuple[str, Any]]) -> ColumnElement[str]:
    """A JSON object of (response key, SQL value or Constant) pairs, in order."""
    parts: list[Any] = []
    text = "{"
    for index, (key, item) in enumerate(pairs):
        text += ("," if index else "") + orjson.dumps(key).decode() + ":"
        if isinstance(item, Constant):
            text += item
        else:
            parts += [text, value(item)]
            text = ""
    return concat([*parts, text + "}"])


def array(items: Sequence[Any]) -> ColumnElement[str]:
    """A JSON array of SQL values, in order."""
    parts: list[Any] = ["["]
    for index, item in enumerate(items):
        parts += ([","] if index else []) + [value(item)]
    return concat([*parts, "]"])


def aggregated(item: ColumnElement[Any], order: Sequence[Any], where: Any = None) -> ColumnElement[str]:
    """A JSON array of `item` over the rows of a group in `order` (`[]` for none)."""
    listed = func.string_agg(value(item), aggregate_order_by(literal_column("','"), *order))
    if where is not None:
        listed = listed.filter(where)
    return concat(["[", listed, "]"])  # concat skips the NULL of no rows


def float_text(expr: ColumnElement[Any]) -> ColumnElement[str]:
    """A double precision as orjson prints it (Python's shortest round-trip digits).

    PostgreSQL prints the same shortest digits, without exponent for 1e-4 <= |x| < 1e15 (then
    only `.0` may be missing) and otherwise as `1.5e-07`; orjson writes decimals for
    1e-5 <= |x| < 1e16 and unpadded exponents (`1.5e-7`, `1e+16`). Integers from 1e16 up
    PostgreSQL prints with every digit rather than the fewest: for those, `to_char`'s correctly
    rounded `%e` with the fewest digits that read back as the same double. NaN and ±Infinity
    print null (as orjson prints them). Only the first branch is taken by realistic values.
    """
    text = cast(expr, Text)
    match = func.regexp_match(text, _text(r"^(-?)([0-9])(?:\.([0-9]+))?e([-+][0-9]+)$"), type_=ARRAY(Text))
    sign, first, rest, exponent = (match[_int(i)] for i in (1, 2, 3, 4))
    digits = first.concat(func.coalesce(rest, _text("")))
    power = cast(exponent, Integer)
    exponential = case(
        (power == _int(15), sign.concat(case(
            (func.length(digits) <= _int(16), func.rpad(digits, _int(16), _text("0")).concat(_text(".0"))),
            else_=func.left(digits, _int(16)).concat(_text(".")).concat(func.substr(rest, _int(16))),
        ))),
        (power == _int(-5), sign.concat(_text("0.0000")).concat(digits)),
        else_=sign.concat(first).concat(func.coalesce(_text(".").concat(rest), _text("")))
        .concat(case((power > _int(0), _text("e+")), else_=_text("e-"))).concat(cast(func.abs(power), Text)),
    )
    whole_suffix = case((func.strpos(text, _text(".")) == _int(0), _text(".0")), else_=_text(""))
    return case(
        (text.in_([_text("NaN"), _text("Infinity"), _text("-Infinity")]), _text("null")),
        (func.strpos(text, _text("e")) == _int(0), text.concat(whole_suffix)),
        (func.abs(expr) >= literal_column("1e16"), _shortest_large_integer(expr)),
        else_=exponential,
    )


def _text(text: str) -> ColumnElement[str]:
    return literal_column("'" + text.replace("'", "''") + "'", Text)


def _int(number: int) -> ColumnElement[int]:
    return literal_column(str(number), Integer)


def _shortest_large_integer(expr: ColumnElement[Any]) -> ColumnElement[str]:
    places = func.generate_series(_int(0), _int(16)).table_valued("value").render_derived("places")
    pattern = _text("9").concat(
        case((places.c.value > _int(0), _text(".").concat(func.repeat(_text("9"), places.c.value))), else_=_text(""))
    ).concat(_text("EEEE"))
    printed = func.ltrim(func.to_char(expr, pattern))
    # 9 digits of 1.79…e308 round up past the largest double: compared as numeric first.
    read_back = case((func.abs(cast(printed, Numeric())) <= literal_column("1.7976931348623157e308"), cast(printed, Float)))
    return select(printed).select_from(places).where(read_back == expr).order_by(places.c.value).limit(_int(1)).scalar_subquery()
