"""What the fuzz (tests/e2e/test_fuzz.py) generates from: value strategies and the read graph's schema."""

from __future__ import annotations

from dataclasses import replace

import graphql
from hypothesis import strategies as st
from hypothesis_graphql import nodes

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
