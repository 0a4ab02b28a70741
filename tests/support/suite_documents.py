"""Every read-only query document the test suite and the bench send, for the differential test.

Found, not listed: each string constant of `tests/` and `bench/` that parses as GraphQL with only
query operations and validates against the schema, and every `.graphql` file there. A test that
adds a query adds a differential case without anyone remembering to.

Variables are filled from the seeded database's samples by type and name, so a document written
for one test's fixture data still asks something meaningful of another database.
"""

from __future__ import annotations

import ast
import functools
import itertools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import graphql

from tests.support.query_generator import Samples

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("tests", "bench")


@dataclass(frozen=True)
class SuiteDocument:
    source: str  # where it was found, relative to the repository
    text: str

    def operations(self) -> list[graphql.OperationDefinitionNode]:
        return [d for d in graphql.parse(self.text).definitions if isinstance(d, graphql.OperationDefinitionNode)]


def _constants(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str) and "{" in n.value]


def _is_query_document(text: str, schema: graphql.GraphQLSchema) -> bool:
    try:
        document = graphql.parse(text)
    except graphql.GraphQLError:
        return False
    operations = [d for d in document.definitions if isinstance(d, graphql.OperationDefinitionNode)]
    if not operations or any(o.operation != graphql.OperationType.QUERY for o in operations):
        return False
    return not graphql.validate(schema, document)


@functools.cache
def suite_documents(schema: graphql.GraphQLSchema) -> tuple[SuiteDocument, ...]:
    """Each distinct valid query document of the suite and the bench, with the first place it occurs."""
    found: dict[str, str] = {}
    for folder in SOURCES:
        for path in sorted((ROOT / folder).rglob("*.py")):
            for text in _constants(path):
                found.setdefault(text, str(path.relative_to(ROOT)))
        for path in sorted((ROOT / folder).rglob("*.graphql")):
            found.setdefault(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    return tuple(SuiteDocument(source, text) for text, source in found.items() if _is_query_document(text, schema))


def _value(name: str, type_: graphql.GraphQLInputType, samples: Samples, pick: int) -> Any:
    """A value for variable `name` of `type_`: real rows of the seeded database where a name says which."""
    if graphql.is_non_null_type(type_):
        type_ = type_.of_type
    elif pick % 2:
        return None  # optional variables are sometimes left out
    if graphql.is_list_type(type_):
        return [_value(name, type_.of_type, samples, pick + i) for i in range(3)]
    named = getattr(type_, "name", "")
    lowered = name.lower()
    choose = lambda values: values[pick % len(values)]  # noqa: E731 — a one-line picker
    if named == "ID":
        return choose(samples.node_ids)
    if named == "Int":
        return choose((1, 20, 5, 100)) if lowered not in {"from", "to"} else choose((0, 10))
    if named == "Boolean":
        return bool(pick % 2)
    if named == "String":
        if lowered in {"after", "before"}:
            return None
        if "tag" in lowered:
            return choose(samples.tag_names)
        if lowered in {"query", "q"}:
            return choose(samples.words)
        return choose(samples.usernames)
    if isinstance(type_, graphql.GraphQLEnumType):
        return choose(list(type_.values))
    return None  # input objects (filters, orderings): their defaults


def variable_sets(document: SuiteDocument, schema: graphql.GraphQLSchema, samples: Samples, count: int) -> list[dict[str, Any]]:
    """`count` different variable values for the document's first operation (one set when it has none)."""
    definitions = document.operations()[0].variable_definitions or ()
    if not definitions:
        return [{}]
    sets = []
    for pick in itertools.islice(itertools.count(), count):
        values = {}
        for definition in definitions:
            type_ = graphql.type_from_ast(schema, definition.type)
            values[definition.variable.name.value] = _value(definition.variable.name.value, type_, samples, pick)
        sets.append({k: v for k, v in values.items() if v is not None})
    return sets
