r"""Fields PostgreSQL cannot print the way the resolvers do, finished in Python.

The analysis's typed lists (findings, commands, parameters, metrics …) are JSONB that the
resolvers turn into objects with tolerant `from_dict` conversions. Rather than re-implement
those rules in SQL, such a field's SQL prints its raw value between markers, `\x01<site>\x02`
before and `\x03` after — bytes compact JSON never holds raw (strings escape every control
character) — and `splice` replaces each marked value with the finisher's JSON: the resolver's
own method, then the selected fields of what it returns. Only those values are parsed; the
rest of the answer stays the text PostgreSQL printed.

`as_float` needs no Python any more: a Float is printed in SQL as orjson prints it
(`json_text.float_text`); the finisher is kept so fields declared with it read the same.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from types import SimpleNamespace
from typing import Any

import orjson
from sqlalchemy import Double, Text, cast, func, type_coerce
from sqlalchemy.sql.elements import ColumnElement

from psscript_graphql.compiler import json_text
from psscript_graphql.compiler.build import BuildContext
from psscript_graphql.compiler.fields import FieldSpec
from psscript_graphql.compiler.tree import Selected

Finisher = Callable[[Any], Any]
START, SITE_END, END = "\x01", "\x02", "\x03"


@dataclass(frozen=True)
class Finished(FieldSpec):
    """A field read as `raw(row)` in SQL and finished by `finisher(sel)` in Python."""

    raw: Callable[[Any], ColumnElement[Any]]
    finisher: Callable[[Selected], Finisher]

    def sql(self, row: Any, sel: Selected, ctx: BuildContext) -> ColumnElement[Any]:
        if self.finisher is as_float:
            return cast(self.raw(row), Double)  # printed by json_text as orjson prints a float
        site = len(ctx.finishers)
        ctx.finishers.append(self.finisher(sel))
        raw = func.coalesce(cast(self.raw(row), Text), json_text.NULL)
        marked = json_text.raw(f"{START}{site}{SITE_END}").concat(raw).concat(json_text.raw(END))
        return type_coerce(marked, json_text.JSON_TEXT)


def splice(text: str, finishers: Sequence[Finisher]) -> str:
    """PostgreSQL's answer with each marked raw value replaced by its finished JSON."""
    first, *marked = text.split(START)
    out = [first]
    for part in marked:
        site, rest = part.split(SITE_END, 1)
        raw, after = rest.split(END, 1)
        finished = finishers[int(site)](orjson.loads(raw))
        out += [orjson.dumps(finished, option=orjson.OPT_NON_STR_KEYS).decode(), after]
    return "".join(out)


def as_float(sel: Selected) -> Finisher:
    return lambda value: None if value is None else float(value)


def by_resolver(owner: type, field_name: str, column: str) -> Callable[[Selected], Finisher]:
    """Finish a JSON column with the resolver method `owner.<field_name>` (it reads `self.row.<column>`),
    then keep the selected fields of the objects it returns."""
    definition = owner.__strawberry_definition__  # type: ignore[attr-defined]
    field_ = next(f for f in definition.fields if f.python_name == field_name)
    resolve = field_.base_resolver.wrapped_func

    def finisher(sel: Selected) -> Finisher:
        def finish(raw: Any) -> Any:
            return serialize(resolve(SimpleNamespace(row=SimpleNamespace(**{column: raw}))), sel.children)

        return finish

    return finisher


def serialize(value: Any, selections: list[Selected]) -> Any:
    """A resolver's return value as GraphQL would print it for `selections`."""
    if value is None:
        return None
    if isinstance(value, list):
        return [serialize(item, selections) for item in value]
    if isinstance(value, Enum):
        return value.name
    definition = getattr(type(value), "__strawberry_definition__", None)
    if definition is None:
        return value
    names = python_names(type(value))
    out = {}
    for sel in selections:
        if sel.name == "__typename":
            out[sel.key] = definition.name
        else:
            out[sel.key] = serialize(getattr(value, names[sel.name]), sel.children)
    return out


_PYTHON_NAMES: dict[type, dict[str, str]] = {}


def python_names(cls: type) -> dict[str, str]:
    """GraphQL field name → attribute, for the plain (resolver-less) fields of a Strawberry type."""
    found = _PYTHON_NAMES.get(cls)
    if found is None:
        definition = cls.__strawberry_definition__  # type: ignore[attr-defined]
        found = {f.graphql_name or _camel(f.python_name): f.python_name for f in definition.fields if f.base_resolver is None}
        _PYTHON_NAMES[cls] = found
    return found


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)
