"""Fields PostgreSQL cannot print the way the resolvers do, finished in Python.

The analysis's typed lists (findings, commands, parameters, metrics …) are JSONB that the
resolvers turn into objects with tolerant `from_dict` conversions. Rather than re-implement
those rules in SQL, such a field's SQL prints its raw value *marked* (json_text.py) and
`splice` replaces it with the finisher's JSON: the resolver's own method, then the selected
fields of what it returns. Only those values are parsed; the rest of the answer stays the text
PostgreSQL printed.

`as_float` needs no Python any more: a Float is printed in SQL as orjson prints it
(`json_text.float_text`); the finisher is kept so fields declared with it read the same.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from types import SimpleNamespace
from typing import Any

import orjson
from sqlalchemy import JSON, Double, cast, func
from sqlalchemy.sql.elements import ColumnElement

from psscript_graphql.compiler import json_text
from psscript_graphql.compiler.build import BuildContext
from psscript_graphql.compiler.fields import FieldSpec
from psscript_graphql.compiler.tree import Selected

Finisher = Callable[[Any], Any]


@dataclass(frozen=True)
class Finished(FieldSpec):
    """A field read as `raw(row)` in SQL and finished by `finisher(sel)` in Python."""

    raw: Callable[[Any], ColumnElement[Any]]
    finisher: Callable[[Selected], Finisher]

    def sql(self, row: Any, sel: Selected, ctx: BuildContext) -> ColumnElement[Any]:
        if self.finisher is as_float:
            return cast(self.raw(row), Double)  # printed by json_text as orjson prints a float
        ctx.finishers.append(self.finisher(sel))
        value = self.raw(row)
        if not isinstance(value.type, JSON):
            value = func.to_json(value)  # the marked value is JSON text for `splice` to read (an inet, say)
        return json_text.marked(str(len(ctx.finishers) - 1), value)


def splice(text: str, finishers: Sequence[Finisher]) -> str:
    """PostgreSQL's answer with each marked value replaced by its finished (or reprinted) JSON."""
    first, *marked = text.split(json_text.START)
    out = [first]
    for part in marked:
        site, rest = part.split(json_text.SITE_END, 1)
        raw, after = rest.split(json_text.END, 1)
        value = orjson.loads(raw)
        finished = value if site == json_text.REPRINT else finishers[int(site)](value)
        out += [orjson.dumps(finished, option=orjson.OPT_NON_STR_KEYS).decode(), after]
    return "".join(out)


def as_float(sel: Selected) -> Finisher:
    return lambda value: None if value is None else float(value)


def as_is(sel: Selected) -> Finisher:
    """A JSON value printed by Python as the resolvers' JSON scalar prints it."""
    return _unchanged


def _unchanged(value: Any) -> Any:
    return value


def as_address(sel: Selected) -> Finisher:
    """inet as PostgreSQL prints it, read as asyncpg reads it for the resolvers (an address, or an
    interface when it has a prefix) and printed by `str()` as the resolver prints it: Python
    prints some addresses differently (IPv4-mapped IPv6 as `::ffff:c000:280`, not `::ffff:192.0.2.128`)."""
    return _address


def _address(value: Any) -> Any:
    if value is None:
        return None
    return str(ipaddress.ip_interface(value) if "/" in value else ipaddress.ip_address(value))


def by_resolver(owner: type, field_name: str, column: str) -> Callable[[Selected], Finisher]:
    """Finish a JSON column with the resolver method `owner.<field_name>` (it reads `self.row.<column>`),
    then keep the selected fields of the objects it returns."""
    definition = owner.__strawberry_definition__  # type: ignore[attr-defined]
    field_ = next(f for f in definition.fields if f.python_name == field_name)
    resolve = field_.base_resolver.wrapped_func

    def finisher(sel: Selected) -> Finisher:
        write = serializer(sel.children)  # built with the plan, used for every answer

        def finish(raw: Any) -> Any:
            return write(resolve(SimpleNamespace(row=SimpleNamespace(**{column: raw}))))

        return finish

    return finisher


def serializer(selections: list[Selected]) -> Callable[[Any], Any]:
    """A function printing a resolver's return value as GraphQL would for `selections`: the
    fields to read are worked out once per Strawberry type, not per value."""
    by_type: dict[type, Callable[[Any], Any]] = {}

    def write(value: Any) -> Any:
        if value is None:
            return None
        if isinstance(value, list):
            return [write(item) for item in value]
        if isinstance(value, Enum):
            return value.name
        print_object = by_type.get(type(value))
        if print_object is None:
            print_object = by_type[type(value)] = _object_printer(type(value), selections)
        return print_object(value)

    return write


def _object_printer(cls: type, selections: list[Selected]) -> Callable[[Any], Any]:
    definition = getattr(cls, "__strawberry_definition__", None)
    if definition is None:
        return lambda value: value  # a scalar
    names = python_names(cls)
    # (response key, attribute, printer of its value); __typename: (response key, None, the type's name)
    fields = [
        (sel.key, None, definition.name) if sel.name == "__typename" else (sel.key, names[sel.name], serializer(sel.children))
        for sel in selections
    ]

    def print_object(value: Any) -> dict[str, Any]:
        out = {}
        for key, attr, how in fields:
            out[key] = how if attr is None else how(getattr(value, attr))
        return out

    return print_object


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
