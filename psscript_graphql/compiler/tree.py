"""The request's selection as a tree the SQL builder walks: graphql-core's own field collection.

Fields are collected with the functions graphql-core's executor uses (`collect_fields`,
`collect_subfields`), so response keys, their order, merged aliases and `@skip`/`@include` are
exactly what execution would produce. Arguments are coerced by graphql-core and converted by
Strawberry, as the resolvers receive them. Each field's binder (graph.py) validates its
arguments in Python and returns the bind values and the *shape*: what changes the SQL. Two
requests with equal shapes share one compiled statement; only their bind values differ.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from graphql import GraphQLObjectType, get_named_type, is_abstract_type, is_object_type
from graphql.execution.collect_fields import collect_fields, collect_subfields
from graphql.execution.executor import Executor
from graphql.execution.values import get_argument_values, get_variable_values
from graphql.language import DocumentNode, ListValueNode, ObjectValueNode, OperationType, VariableNode
from strawberry.types.arguments import convert_arguments

if TYPE_CHECKING:
    from psscript_graphql.compiler.graph import Graph


class NotCompilable(Exception):
    """This request (or document) is answered by the resolvers instead."""


@dataclass
class Selected:
    """One response key: the field it reads, its arguments' bind values and its sub-selection."""

    key: str
    name: str
    site: str
    args: dict[str, Any] = field(default_factory=dict)
    binds: dict[str, Any] = field(default_factory=dict)
    children: list[Selected] = field(default_factory=list)
    runtime_types: list[str] = field(default_factory=list)  # node/nodes: the concrete type per position
    children_by_type: dict[str, list[Selected]] = field(default_factory=dict)

    def bind_name(self, local: str) -> str:
        return f"{self.site}_{local}"


@dataclass
class Request:
    """A request's root fields, the values to bind and the key of its compiled plan."""

    roots: list[Selected]
    binds: dict[str, Any]
    shape: tuple[Any, ...]
    template: Template | None = None


@dataclass
class Step:
    """One field of a recorded traversal: enough to build its Selected again for new variables."""

    key: str
    name: str
    spec: Any = None
    field_def: Any = None  # set when the field takes arguments
    node: Any = None
    fragment_variable_values: Any = None
    children: list[Step] | None = None  # set for object fields
    # A nested subtree whose arguments are all literals builds the same way for every request:
    # its Selected tree, binds, shape and site count are kept after the first replay (Template).
    replayed: tuple[Selected, dict[str, Any], list[Any], int] | None = field(default=None, repr=False)

    @functools.cached_property
    def static(self) -> bool:
        """Nothing below reads a variable: no variable in any argument, no fragment arguments."""
        own = self.node is None or not any(_reads_variable(argument.value) for argument in self.node.arguments or ())
        return own and self.fragment_variable_values is None and all(child.static for child in self.children or ())


def _reads_variable(value: Any) -> bool:
    if isinstance(value, VariableNode):
        return True
    if isinstance(value, ListValueNode):
        return any(_reads_variable(item) for item in value.values)
    if isinstance(value, ObjectValueNode):
        return any(_reads_variable(item.value) for item in value.fields)
    return False


@dataclass
class Template:
    """A document's traversal, replayable for any variables: valid when the selection cannot
    depend on them (no `@skip`/`@include` in the document, no abstract field)."""

    steps: list[Step]
    operation: Any

    def replay(self, graph: Graph, variables: dict[str, Any] | None, context: Any) -> Request:
        coerced = get_variable_values(graph.schema, self.operation.variable_definitions or (), variables or {})
        if isinstance(coerced, list):
            raise NotCompilable("variables")
        scalars, config = graph.strawberry_schema.schema_converter.scalar_registry, graph.strawberry_schema.config
        binds: dict[str, Any] = {}
        shape: list[Any] = []
        sites = 0

        def build(steps: list[Step], nested: bool = False) -> list[Selected]:
            nonlocal sites
            selected = []
            for step in steps:
                if step.spec is None:
                    shape.append((step.key, step.name))
                    selected.append(Selected(key=step.key, name=step.name, site=""))
                    continue
                if nested and step.replayed is not None:
                    # Same sites as its first replay: every earlier step takes one site whatever the variables.
                    kept, kept_binds, kept_shape, kept_sites = step.replayed
                    binds.update(kept_binds)
                    shape.extend(kept_shape)
                    sites += kept_sites
                    selected.append(kept)
                    continue
                keep = nested and step.static
                if keep:
                    binds_before, shape_before, sites_before = len(binds), len(shape), sites
                sites += 1
                sel = Selected(key=step.key, name=step.name, site=f"p{sites}")
                if step.field_def is not None:
                    raw = get_argument_values(step.field_def, step.node, coerced, step.fragment_variable_values)
                    definition = step.field_def.extensions["strawberry-definition"]
                    sel.args = convert_arguments(raw, definition.arguments, scalars, config)
                arg_shape, values = step.spec.bind(sel, context)
                for local, value in values.items():
                    binds[sel.bind_name(local)] = value
                shape.append((step.key, step.name, arg_shape))
                if step.children is not None:
                    sel.children = build(step.children, nested=True)
                    shape.append("end")
                selected.append(sel)
                if keep:
                    # Root fields' binders read the viewer; nested ones read only their arguments.
                    step.replayed = (sel, dict(list(binds.items())[binds_before:]), shape[shape_before:], sites - sites_before)
            return selected

        try:
            roots = build(self.steps)
        except NotCompilable:
            raise
        except Exception as error:  # noqa: BLE001 — an argument the resolvers would refuse: they answer it
            raise NotCompilable(str(error)) from error
        return Request(roots=roots, binds=binds, shape=tuple(shape))


class TreeBuilder:
    def __init__(self, graph: Graph, executor: Executor, context: Any) -> None:
        self.graph, self.executor, self.context = graph, executor, context
        self.schema = executor.schema
        self.binds: dict[str, Any] = {}
        self.shape: list[Any] = []
        self._sites = 0
        # The traversal as recorded steps (Template), or None once it cannot be replayed
        # (abstract fields: their types come from argument values).
        self.steps: list[Step] | None = []

    def roots(self) -> list[Selected]:
        if self.executor.operation.operation is not OperationType.QUERY:
            raise NotCompilable("not a query")
        query_type = self.schema.query_type
        collected = collect_fields(
            self.schema, self.executor.fragments, self.executor.variable_values, query_type, self.executor.operation
        )
        if collected.new_defer_usages or collected.forbidden_directive_instances:
            raise NotCompilable("@defer/@stream")
        return self._fields(query_type, collected.grouped_field_set)

    def _fields(self, parent: GraphQLObjectType, grouped: Any, steps: list[Step] | None = None) -> list[Selected]:
        if steps is None:
            steps = self.steps if self.steps is not None else []
        selected = []
        for key, details in grouped.items():
            node = details[0].node
            name = node.name.value
            if name == "__typename":
                self.shape.append((key, name))
                selected.append(Selected(key=key, name=name, site=""))
                steps.append(Step(key, name))
                continue
            spec = self.graph.field(parent.name, name)
            if spec is None:
                raise NotCompilable(f"{parent.name}.{name}")
            field_def = parent.fields[name]
            self._sites += 1
            sel = Selected(key=key, name=name, site=f"p{self._sites}")
            if field_def.args:
                raw = get_argument_values(field_def, node, self.executor.variable_values, details[0].fragment_variable_values)
                definition = field_def.extensions["strawberry-definition"]
                sel.args = convert_arguments(raw, definition.arguments, self._scalars(), self._config())
            arg_shape, values = spec.bind(sel, self.context)
            for local, value in values.items():
                self.binds[sel.bind_name(local)] = value
            self.shape.append((key, name, arg_shape))
            named = get_named_type(field_def.type)
            step = Step(key, name, spec, field_def if field_def.args else None, node, details[0].fragment_variable_values)
            steps.append(step)
            if is_abstract_type(named):
                self.steps = None
                for type_name in dict.fromkeys(sel.runtime_types):
                    runtime = self.schema.get_type(type_name)
                    if not is_object_type(runtime):
                        raise NotCompilable(type_name)
                    self.shape.append(("on", type_name))
                    sel.children_by_type[type_name] = self._fields(runtime, self._sub(runtime, details))
                    self.shape.append("end")
            elif is_object_type(named):
                step.children = []
                sel.children = self._fields(named, self._sub(named, details), step.children)
                self.shape.append("end")
            selected.append(sel)
        return selected

    def _sub(self, return_type: GraphQLObjectType, details: Any) -> Any:
        collected = collect_subfields(
            self.schema, self.executor.fragments, self.executor.variable_values, self.executor.operation, return_type, details
        )
        if collected.new_defer_usages:
            raise NotCompilable("@defer")
        return collected.grouped_field_set

    def _scalars(self) -> Any:
        return self.graph.strawberry_schema.schema_converter.scalar_registry

    def _config(self) -> Any:
        return self.graph.strawberry_schema.config


def build_request(graph: Graph, document: DocumentNode, operation_name: str | None, variables: dict[str, Any] | None, context: Any) -> Request:
    """The request as a tree, or NotCompilable (including every invalid input: the resolvers
    then answer it, with their own errors)."""
    executor = Executor.build(graph.schema, document, operation_name=operation_name, raw_variable_values=variables or {})
    if isinstance(executor, list):
        raise NotCompilable("variables or operation")
    builder = TreeBuilder(graph, executor, context)
    try:
        roots = builder.roots()
    except NotCompilable:
        raise
    except Exception as error:  # noqa: BLE001 — any argument the resolvers would refuse: let them answer it
        raise NotCompilable(str(error)) from error
    template = None
    if builder.steps is not None and not _has_conditions(document):
        template = Template(builder.steps, executor.operation)
    return Request(roots=roots, binds=builder.binds, shape=tuple(builder.shape), template=template)


def _has_conditions(document: DocumentNode) -> bool:
    """Whether any `@skip`/`@include` appears: then the selection depends on variables."""
    from graphql.language import DirectiveNode, Visitor, visit

    class Finder(Visitor):
        found = False

        def enter_directive(self, node: DirectiveNode, *_: Any) -> None:
            if node.name.value in ("skip", "include"):
                Finder.found = True

    Finder.found = False
    visit(document, Finder())
    return Finder.found
