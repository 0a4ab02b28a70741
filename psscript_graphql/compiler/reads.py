"""The compiled read path: a query answered by one SQL statement per root field.

`CompiledReads.execute` returns the response's `data`: a dict of root fields whose values are
the JSON text PostgreSQL printed, as `orjson.Fragment`s the response encoder (orjson) copies
into the response without parsing — or None when the request is not compiled (the resolvers
answer it): a mutation or subscription, a field outside graph.py, an argument the resolvers
would refuse. Whether a document can compile at all is decided once per (document, operation)
and remembered.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

import orjson
from graphql import DocumentNode, GraphQLError, OperationType, parse
from graphql.language import FieldNode, FragmentDefinitionNode, FragmentSpreadNode, InlineFragmentNode, OperationDefinitionNode

from psscript_graphql.compiler import finish
from psscript_graphql.compiler.graph import FINISHED_TYPES, build_graph_types
from psscript_graphql.compiler.plans import PlanCache, RootPlan, build_plans
from psscript_graphql.compiler.roots import ROOTS
from psscript_graphql.compiler.tree import NotCompilable, build_request
from psscript_graphql.core.extensions.cost import operation_cost
from psscript_graphql.core.permissions import Viewer
from psscript_graphql.db.session import Database

_NOT_COMPILABLE = object()


class Graph:
    """The compiled types, their fields, and the schema they belong to."""

    def __init__(self, strawberry_schema: Any) -> None:
        self.strawberry_schema = strawberry_schema
        self.schema = strawberry_schema._schema
        self._types = build_graph_types()

    def type(self, name: str) -> Any:
        return self._types[name]

    def field(self, type_name: str, field_name: str) -> Any:
        if type_name == "Query":
            return ROOTS.get(field_name)
        if type_name.endswith(("Connection", "Edge")) or type_name == "PageInfo":
            return _CONNECTION_PART  # read by build.connection_json
        spec = self._types.get(type_name)
        if spec is not None:
            return spec.fields.get(field_name)
        finished = FINISHED_TYPES.get(type_name)
        if finished is not None and field_name in finish.python_names(finished):
            return _CONNECTION_PART  # served from Python by the finisher of the field above
        return None


class _ConnectionPart:
    def bind(self, sel: Any, request: Any) -> tuple[Any, dict[str, Any]]:
        return None, {}


_CONNECTION_PART = _ConnectionPart()


class _RequestViewer:
    def __init__(self, viewer: Viewer) -> None:
        self.viewer = viewer


class CompiledReads:
    def __init__(self, strawberry_schema: Any, *, plan_cache_size: int = 512, document_cache_size: int = 512) -> None:
        self.graph = Graph(strawberry_schema)
        self.plans = PlanCache(plan_cache_size)
        self._documents: OrderedDict[tuple[str, str | None], Any] = OrderedDict()
        self._document_cache_size = document_cache_size
        self.answered = 0  # requests answered by compiled SQL (tests and metrics read it)
        # Recorded traversals of documents whose selection does not depend on variables (tree.Template).
        self._templates: OrderedDict[tuple[str, str | None, str], Any] = OrderedDict()
        self._costs: OrderedDict[tuple[str, str | None, bytes], int] = OrderedDict()
        self._cost_variables: OrderedDict[str, tuple[str, ...]] = OrderedDict()
        self._prepared: OrderedDict[tuple[str, str | None, str], Prepared | None] = OrderedDict()
        # (query, operation name) that went through the whole Strawberry pipeline — parsing,
        # validation, every limit — and were answered here: the HTTP short path may take them.
        self._verified: OrderedDict[tuple[str, str | None], None] = OrderedDict()

    def document(self, query: str, operation_name: str | None) -> DocumentNode | None:
        """The parsed document when it may compile (a query reaching only compiled fields), else None."""
        key = (query, operation_name)
        found = self._documents.get(key)
        if found is None:
            found = self._decide(query, operation_name)
            self._documents[key] = found
            while len(self._documents) > self._document_cache_size:
                self._documents.popitem(last=False)
        else:
            self._documents.move_to_end(key)
        return None if found is _NOT_COMPILABLE else found

    def cost(self, document: DocumentNode, query: str, operation_name: str | None, variables: dict[str, Any] | None) -> int:
        """`operation_cost` (the cost limit's own function), remembered per document and the values
        of the variables it reads (page sizes and ids; a node's id does not change the cost)."""
        names = self._cost_variables.get(query)
        if names is None:
            names = self._cost_variables[query] = _cost_variable_names(document)
            while len(self._cost_variables) > self._document_cache_size:
                self._cost_variables.popitem(last=False)
        try:
            key = (query, operation_name, orjson.dumps([(variables or {}).get(name) for name in names]))
        except TypeError:
            return operation_cost(self.graph.schema, document, operation_name, variables)
        found = self._costs.get(key)
        if found is None:
            found = self._costs[key] = operation_cost(self.graph.schema, document, operation_name, variables)
            while len(self._costs) > self._document_cache_size:
                self._costs.popitem(last=False)
        return found

    def mark_verified(self, query: str, operation_name: str | None) -> None:
        self._verified[(query, operation_name)] = None
        self._verified.move_to_end((query, operation_name))
        while len(self._verified) > self._document_cache_size:
            self._verified.popitem(last=False)

    def is_verified(self, query: str, operation_name: str | None) -> bool:
        return (query, operation_name) in self._verified

    def _decide(self, query: str, operation_name: str | None) -> Any:
        try:
            document = parse(query)
        except GraphQLError:
            return _NOT_COMPILABLE
        operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
        chosen = [o for o in operations if operation_name is None or (o.name and o.name.value == operation_name)]
        if len(chosen) != 1 or chosen[0].operation is not OperationType.QUERY:
            return _NOT_COMPILABLE
        if not _static_fields_compile(self.graph, document, chosen[0]):
            return _NOT_COMPILABLE
        return document

    async def execute(
        self, db: Database, query: str, operation_name: str | None, variables: dict[str, Any] | None, viewer: Viewer
    ) -> dict[str, Any] | None:
        prepared = self.prepare(query, operation_name, variables, viewer)
        return None if prepared is None else await self.run(db, prepared)

    def prepare(self, query: str, operation_name: str | None, variables: dict[str, Any] | None, viewer: Viewer) -> Prepared | None:
        """The plans and bind values of a request, or None when it is not compiled. No I/O.

        Without variables a request's plans and values depend on the document and the viewer's
        role alone: they are remembered, and the next such request skips collecting fields."""
        role = "admin" if viewer.is_admin else ("user" if viewer.id is not None else "anonymous")
        memo_key = None if variables else (query, operation_name, role)
        if memo_key is not None and memo_key in self._prepared:
            self._prepared.move_to_end(memo_key)
            found = self._prepared[memo_key]
            return None if found is None else found.for_viewer(viewer)
        prepared = self._prepare(query, operation_name, variables, viewer, role)
        if memo_key is not None:
            self._prepared[memo_key] = prepared
            while len(self._prepared) > self._document_cache_size:
                self._prepared.popitem(last=False)
        return None if prepared is None else prepared.for_viewer(viewer)

    def _prepare(
        self, query: str, operation_name: str | None, variables: dict[str, Any] | None, viewer: Viewer, role: str
    ) -> Prepared | None:
        document = self.document(query, operation_name)
        if document is None:
            return None
        template = self._templates.get((query, operation_name, role))
        try:
            if template is not None:  # the same traversal, new variables: no field collection
                request = template.replay(self.graph, variables, _RequestViewer(viewer))
            else:
                request = build_request(self.graph, document, operation_name, variables, _RequestViewer(viewer))
                if request.template is not None:
                    self._templates[(query, operation_name, role)] = request.template
                    while len(self._templates) > self._document_cache_size:
                        self._templates.popitem(last=False)
        except NotCompilable:
            return None
        plan_key = (role, request.shape)
        plans = self.plans.get(plan_key)
        if plans is None:
            try:
                plans = build_plans(self.graph, request, role)
            except NotCompilable:
                return None
            self.plans.put(plan_key, plans)
        return Prepared(plans, request.binds)

    async def run(self, db: Database, prepared: Prepared) -> dict[str, Any]:
        data = await _run(db, prepared.plans, prepared.binds)
        self.answered += 1
        return data


@dataclass(frozen=True)
class Prepared:
    plans: list[RootPlan]
    binds: dict[str, Any]

    def for_viewer(self, viewer: Viewer) -> Prepared:
        if viewer.id is None:
            return self
        return Prepared(self.plans, {**self.binds, "viewer_id": viewer.id})


async def _run(db: Database, plans: list[RootPlan], binds: dict[str, Any]) -> dict[str, Any]:
    data: dict[str, Any] = {plan.key: plan.constant for plan in plans}  # in response order
    statements = [plan for plan in plans if plan.sql]
    if not statements:
        return data  # `{ __typename }`, a signed-out `me`: no connection needed
    slow_query_log = db.read_slow_query_log
    async with db.read_driver() as driver:
        for plan in statements:
            started = time.perf_counter()
            text = await driver.fetchval(plan.sql, *plan.arguments(binds))
            slow_query_log.record(plan.sql, (time.perf_counter() - started) * 1000)
            if plan.finishers is not None:  # marked values (finish.py): only those are parsed
                text = finish.splice(text, plan.finishers)
            # Compact JSON text as orjson prints it (json_text.py): copied in by the encoder.
            data[plan.key] = orjson.Fragment(text)
    return data


def _static_fields_compile(graph: Graph, document: DocumentNode, operation: OperationDefinitionNode) -> bool:
    """Every field the operation can select (fragments included, @skip/@include ignored) is compiled."""
    fragments = {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}
    schema = graph.schema
    seen: set[tuple[str, int]] = set()

    def walk(type_: Any, selection_set: Any) -> bool:
        marker = (type_.name, id(selection_set))
        if marker in seen:
            return True
        seen.add(marker)
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                name = selection.name.value
                if name == "__typename":
                    continue
                if any(d.name.value not in ("skip", "include") for d in selection.directives or ()):
                    return False
                if graph.field(type_.name, name) is None:
                    return False
                field_def = type_.fields.get(name) if hasattr(type_, "fields") else None
                if field_def is None:
                    return False
                if selection.selection_set is not None:
                    named = _named(field_def.type)
                    if not hasattr(named, "fields"):
                        return False
                    for target in _concrete(schema, named):
                        if not walk(target, selection.selection_set):
                            return False
            elif isinstance(selection, InlineFragmentNode):
                if any(d.name.value not in ("skip", "include") for d in selection.directives or ()):
                    return False
                condition = schema.get_type(selection.type_condition.name.value) if selection.type_condition else type_
                if condition is None or not _applies(schema, condition, type_):
                    continue
                if not walk(type_, selection.selection_set):
                    return False
            elif isinstance(selection, FragmentSpreadNode):
                if any(d.name.value not in ("skip", "include") for d in selection.directives or ()):
                    return False
                fragment = fragments.get(selection.name.value)
                if fragment is None:
                    return False
                condition = schema.get_type(fragment.type_condition.name.value)
                if condition is None or not _applies(schema, condition, type_):
                    continue
                if not walk(type_, fragment.selection_set):
                    return False
        return True

    return walk(schema.query_type, operation.selection_set)


def _cost_variable_names(document: DocumentNode) -> tuple[str, ...]:
    """Variables given to the arguments the cost model reads (`first`, `last`, `ids`)."""
    from graphql.language import ArgumentNode, VariableNode, Visitor, visit

    found: list[str] = []

    class Finder(Visitor):
        def enter_argument(self, node: ArgumentNode, *_: Any) -> None:
            if node.name.value in ("first", "last", "ids") and isinstance(node.value, VariableNode):
                found.append(node.value.name.value)

    visit(document, Finder())
    return tuple(sorted(set(found)))


def _named(type_: Any) -> Any:
    while hasattr(type_, "of_type"):
        type_ = type_.of_type
    return type_


def _concrete(schema: Any, named: Any) -> list[Any]:
    from graphql import is_abstract_type

    if is_abstract_type(named):
        return [t for t in schema.get_possible_types(named) if t.name in _NODE_TYPES]
    return [named]


def _applies(schema: Any, condition: Any, type_: Any) -> bool:
    from graphql import is_abstract_type

    if condition.name == type_.name:
        return True
    return is_abstract_type(condition) and schema.is_sub_type(condition, type_)


_NODE_TYPES = {"Script", "User", "Category", "Tag", "ScriptVersion", "Comment", "ScriptAnalysis", "ExecutionLog"}
