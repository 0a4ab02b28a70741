"""What the fuzz (tests/e2e/test_fuzz.py) generates, from what, and where: value strategies, the
read graph's schema, field partitions, and a process of its own that generates the documents."""

from __future__ import annotations

import multiprocessing
import queue
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

import graphql
from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st
from hypothesis_graphql import nodes
from hypothesis_graphql import strategies as gql_st

from psscript_graphql.compiler.extension import compiled_reads
from psscript_graphql.schema import schema

SCHEMA = schema._schema
_COMPOSITE = (graphql.ObjectTypeDefinitionNode, graphql.InterfaceTypeDefinitionNode, graphql.UnionTypeDefinitionNode)


def custom_scalars(ids: list[str], cursors: list[str]) -> dict[str, st.SearchStrategy[graphql.ValueNode]]:
    """Our scalars as literals: real and made-up global IDs, times in and out of range, JSON values.
    Ints are often page sizes and depths a resolver accepts and Strings often real cursors, so
    cases get past argument checks into nested fields; otherwise any 32-bit Int and any text."""
    text = st.text(max_size=40)
    json_leaf = st.one_of(text.map(nodes.String), st.integers(-(2**70), 2**70).map(nodes.Int), st.booleans().map(nodes.Boolean))
    return {
        "Int": st.one_of(st.integers(-2, 25), st.integers(-(2**31), 2**31 - 1)).map(nodes.Int),
        "String": st.one_of(st.text(), st.sampled_from(cursors)).map(nodes.String),
        "ID": st.one_of(st.sampled_from(ids), text).map(nodes.String),
        "DateTime": st.one_of(st.datetimes().map(lambda d: d.isoformat()), text).map(nodes.String),
        "Date": st.one_of(st.dates().map(lambda d: d.isoformat()), text).map(nodes.String),
        "JSON": st.one_of(
            json_leaf,
            st.lists(json_leaf, max_size=3).map(nodes.List),
            st.dictionaries(st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,8}", fullmatch=True), json_leaf, max_size=3).map(
                lambda d: nodes.Object([graphql.ObjectFieldNode(name=graphql.NameNode(value=k), value=v) for k, v in d.items()])
            ),
        ),
    }


def read_graph_schema(without_arguments: frozenset[str] = frozenset()) -> graphql.GraphQLSchema:
    """The schema cut down to what compiled reads answer: Query's compiled root fields and, on
    every type below them, the fields the compiler's graph knows, without the optional arguments
    named (`last`/`before`: documents that page one way; generated with both, most ask for both
    and are refused). A document valid here is valid against the whole schema and may be
    answered by compiled SQL (compiler/reads.py)."""
    graph = compiled_reads(schema, 1).graph
    document = graphql.parse(graphql.print_schema(SCHEMA))
    definitions = {d.name.value: d for d in document.definitions if isinstance(d, _COMPOSITE)}
    kept: dict[str, graphql.DefinitionNode] = {}
    for name, definition in definitions.items():
        if name in ("Mutation", "Subscription"):
            continue
        if isinstance(definition, graphql.ObjectTypeDefinitionNode):
            fields = [f for f in definition.fields if graph.field(name, f.name.value) is not None]
            fields = [replace(f, arguments=tuple(a for a in f.arguments or () if a.name.value not in without_arguments)) for f in fields]
            kept[name] = replace(definition, fields=tuple(fields))
        else:
            kept[name] = definition
    changed = True
    while changed:  # drop what lost every field, and the fields and members that led to it
        changed = False
        for name, definition in list(kept.items()):
            if isinstance(definition, graphql.UnionTypeDefinitionNode):
                members = tuple(m for m in definition.types if m.name.value in kept)
                if len(members) != len(definition.types):
                    definition, changed = replace(definition, types=members), True
                    kept[name] = definition
                if not members:
                    del kept[name]
                    changed = True
                continue
            fields = tuple(f for f in definition.fields if _named(f.type) not in definitions or _named(f.type) in kept)
            if len(fields) != len(definition.fields):
                definition, changed = replace(definition, fields=fields), True
                kept[name] = definition
            if not fields:
                del kept[name]
                changed = True
    for name, definition in kept.items():  # a type that lost an interface's field no longer implements it
        if isinstance(definition, graphql.ObjectTypeDefinitionNode) and definition.interfaces:
            own = {f.name.value for f in definition.fields}
            interfaces = tuple(
                i for i in definition.interfaces
                if i.name.value in kept and {f.name.value for f in kept[i.name.value].fields} <= own  # type: ignore[attr-defined]
            )
            if len(interfaces) != len(definition.interfaces):
                kept[name] = replace(definition, interfaces=interfaces)
    others = [d for d in document.definitions if not isinstance(d, _COMPOSITE) and not isinstance(d, graphql.SchemaDefinitionNode)]
    cut = graphql.DocumentNode(definitions=tuple(others) + tuple(kept.values()))
    return graphql.build_ast_schema(cut, assume_valid_sdl=True)


def field_partitions(whole: graphql.GraphQLSchema, parts: int) -> tuple[graphql.GraphQLSchema, ...]:
    """`parts` schemas that each keep every root field but about 1/`parts` of every other type's
    fields (`id` always; at least one), together all of them. hypothesis-graphql draws once per
    candidate field of every type it selects, which made generating a document cost more than
    serving it; from a partition it draws a quarter as often, and a document valid there is valid
    against the whole schema."""
    document = graphql.parse(graphql.print_schema(whole))
    roots = {t.name for t in (whole.query_type, whole.mutation_type, whole.subscription_type) if t is not None}
    schemas = []
    for part in range(parts):
        definitions = []
        for definition in document.definitions:
            if isinstance(definition, graphql.ObjectTypeDefinitionNode | graphql.InterfaceTypeDefinitionNode) and definition.name.value not in roots:
                fields = definition.fields or ()
                chosen = part % len(fields)
                kept = tuple(f for i, f in enumerate(fields) if i % parts == part or i == chosen or f.name.value == "id")
                definition = replace(definition, fields=kept)
            definitions.append(definition)
        schemas.append(graphql.build_ast_schema(graphql.DocumentNode(definitions=tuple(definitions)), assume_valid_sdl=True))
    return tuple(schemas)


def _named(type_node: graphql.TypeNode) -> str:
    while not isinstance(type_node, graphql.NamedTypeNode):
        type_node = type_node.type  # type: ignore[attr-defined]
    return type_node.name.value


@dataclass(frozen=True)
class FuzzSpec:
    """Documents for one fuzz test: `examples` cases of root field `root` (a query or mutation),
    generated from the field partitions of the schema or from the read graph."""

    key: str
    kind: str
    root: str
    examples: int
    source: str  # "partitions" | "read_graph"


def generate_documents(specs: list[FuzzSpec], ids: list[str], cursors: list[str], seed_: int | None, out: Any) -> None:
    """Run in a process of its own (`DocumentSource`): hypothesis-graphql generates each spec's
    documents, in order, onto `out` — `(key, document)`, then `(key, None)` — while the test
    process serves the documents already made."""
    sources = {
        "partitions": field_partitions(SCHEMA, 4),
        # Documents of the read graph page one way: forward or backward.
        "read_graph": (read_graph_schema(frozenset({"last", "before"})), read_graph_schema(frozenset({"first", "after"}))),
    }
    scalars = custom_scalars(ids, cursors)
    for spec in specs:
        _generate_one(spec, st.one_of(*(
            (gql_st.queries if spec.kind == "query" else gql_st.mutations)(schema_, fields=[spec.root], custom_scalars=scalars)
            for schema_ in sources[spec.source]
        )), seed_, out)
        out.put((spec.key, None))


def _generate_one(spec: FuzzSpec, strategy: st.SearchStrategy[str], seed_: int | None, out: Any) -> None:
    # Seeded per test (its node id), so each test's documents are the same on every run and
    # differ from another test's; `seed_` (PSSCRIPT_FUZZ_SEED) explores other documents.
    @seed(zlib.crc32(spec.key.encode()) + (seed_ or 0))
    @settings(max_examples=spec.examples, database=None, deadline=None,
              phases=[Phase.explicit, Phase.generate],
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much])
    @given(document=strategy)
    def collect(document: str) -> None:
        out.put((spec.key, document))

    collect()


class DocumentSource:
    """Documents generated by another process (`generate_documents`) while this one serves them:
    generating a case costs about what serving it does, so the two halves use both cores."""

    def __init__(self, specs: list[FuzzSpec], ids: list[str], cursors: list[str], seed_: int | None) -> None:
        context = multiprocessing.get_context("spawn")  # not fork: the test process holds an event loop and connections
        self._queue = context.Queue()
        self._process = context.Process(target=generate_documents, args=(specs, ids, cursors, seed_, self._queue), daemon=True)
        self._process.start()
        self._waiting: dict[str, list[str | None]] = {}

    def documents(self, key: str) -> Iterator[str]:
        while True:
            pending = self._waiting.setdefault(key, [])
            while not pending:
                got_key, document = self._next()
                self._waiting.setdefault(got_key, []).append(document)
            document = pending.pop(0)
            if document is None:
                return
            yield document

    def _next(self) -> tuple[str, str | None]:
        while True:
            try:
                return self._queue.get(timeout=5)
            except queue.Empty:
                if not self._process.is_alive():
                    raise RuntimeError(f"the document generator died (exit code {self._process.exitcode})") from None

    def close(self) -> None:
        if self._process.is_alive():
            self._process.terminate()
        self._process.join(timeout=10)
