"""Query cost: what a document may fetch at most, computed from the page sizes it asks for.

Every object field costs 1; a connection multiplies what is selected inside it by its page size
(`first`/`last`, or the default 20); `nodes(ids:)` costs 1 per id plus what is selected on
each; other lists by LIST_WEIGHT; fields doing work beyond their rows add their `WORK_WEIGHTS`.
So `scripts(first: 100) { comments(first: 50) { author } }` costs about
100 × 50 × 2: a client sees before anything runs why a query is refused. The cost of every
operation is reported in the response's `extensions.cost`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from graphql import (
    DocumentNode,
    ExecutionResult,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    InlineFragmentNode,
    IntValueNode,
    ListValueNode,
    SelectionSetNode,
    VariableNode,
    get_named_type,
    is_composite_type,
)
from graphql.utilities import get_operation_ast
from strawberry.extensions import SchemaExtension

from psscript_graphql.core.relay import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE

LIST_WEIGHT = 10
# What a field costs beyond the rows it returns: a password check is ~50 ms of Argon2 CPU, a
# search scores many candidates, a similarity lookup walks the vector index. Scalar fields too.
WORK_WEIGHTS = {
    ("Mutation", "login"): 2_500,
    ("Mutation", "register"): 2_500,
    ("Mutation", "changePassword"): 2_500,
    ("Query", "searchScripts"): 100,
    ("Script", "similar"): 20,
}
DEFAULT_MAXIMUM_COST = 10_000
# Costs are reported in every response; nested page sizes of 2^31 multiply past what JSON
# encoders hold (orjson: 64 bits; JavaScript: 2^53), which was an internal error (found by the
# fuzz). A larger cost is reported as this, still far past any maximum.
MAX_REPORTED_COST = 2**53 - 1
COST_CODE = "QUERY_TOO_COSTLY"


class _Walker:
    def __init__(self, schema: GraphQLSchema, fragments: Mapping[str, FragmentDefinitionNode], variables: Mapping[str, Any]):
        self.schema, self.fragments, self.variables = schema, fragments, variables
        self.fragment_costs: dict[str, int] = {}  # a fragment's cost does not depend on where it is spread

    def selection_set(self, selections: SelectionSetNode | None, parent: Any) -> int:
        if selections is None:
            return 0
        total = 0
        for selection in selections.selections or ():
            if isinstance(selection, FieldNode):
                total += self.field(selection, parent)
            elif isinstance(selection, InlineFragmentNode):
                condition = selection.type_condition
                total += self.selection_set(selection.selection_set, self._type(condition.name.value) if condition else parent)
            elif isinstance(selection, FragmentSpreadNode):
                total += self._fragment(selection.name.value)
        return total

    def _fragment(self, name: str) -> int:
        if name not in self.fragment_costs:
            fragment = self.fragments.get(name)
            self.fragment_costs[name] = 0  # a cycle (refused by validation) costs nothing more
            if fragment is not None:
                self.fragment_costs[name] = self.selection_set(fragment.selection_set, self._type(fragment.type_condition.name.value))
        return self.fragment_costs[name]

    def _type(self, name: str) -> Any:
        return self.schema.get_type(name)

    def field(self, node: FieldNode, parent: Any) -> int:
        name = node.name.value
        fields = getattr(parent, "fields", None)
        if name.startswith("__") or not fields or name not in fields:
            return 0  # introspection is bounded by the schema's size; unknown fields fail validation
        field_type = fields[name].type
        named = get_named_type(field_type)
        work = WORK_WEIGHTS.get((parent.name, name), 0)
        if not is_composite_type(named):
            return work
        inner = self.selection_set(node.selection_set, named)
        if name == "nodes" and parent is self.schema.query_type:
            return work + self._id_count(node) * (1 + inner)  # each id is an object fetched, selected scalars or not
        return work + 1 + self._multiplier(node, field_type, named, parent) * inner

    def _multiplier(self, node: FieldNode, field_type: Any, named: Any, parent: Any) -> int:
        if named.name.endswith("Connection"):
            first, last = self._int_argument(node, "first"), self._int_argument(node, "last")
            return max(first or 0, last or 0) or DEFAULT_PAGE_SIZE
        if isinstance(parent, GraphQLObjectType) and parent.name.endswith("Connection"):
            return 1  # edges/nodes of a connection: its page size already counted
        unwrapped = field_type.of_type if isinstance(field_type, GraphQLNonNull) else field_type
        return LIST_WEIGHT if isinstance(unwrapped, GraphQLList) else 1

    def _id_count(self, node: FieldNode) -> int:
        ids = self._argument(node, "ids")
        # More ids than a page are refused by the field itself (BAD_USER_INPUT, the clearer
        # answer), so the count stops just past that.
        return min(max(1, len(ids)), MAX_PAGE_SIZE + 1) if isinstance(ids, list) else 1

    def _argument(self, node: FieldNode, name: str) -> Any:
        for argument in node.arguments or ():
            if argument.name.value != name:
                continue
            value = argument.value
            if isinstance(value, VariableNode):
                return self.variables.get(value.name.value)
            if isinstance(value, IntValueNode):
                return int(value.value)
            if isinstance(value, ListValueNode):
                return list(value.values)
        return None

    def _int_argument(self, node: FieldNode, name: str) -> int | None:
        value = self._argument(node, name)
        return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None


def operation_cost(
    schema: GraphQLSchema, document: DocumentNode, operation_name: str | None, variables: Mapping[str, Any] | None
) -> int:
    operation = get_operation_ast(document, operation_name)
    if operation is None:
        return 0
    root = schema.get_root_type(operation.operation)
    fragments = {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}
    return min(_Walker(schema, fragments, variables or {}).selection_set(operation.selection_set, root), MAX_REPORTED_COST)


class QueryCostLimit(SchemaExtension):
    """Refuses operations costing more than `maximum` before they run; reports every cost."""

    cost: int | None = None
    maximum = 0

    def on_execute(self) -> Iterator[None]:
        context = self.execution_context
        settings = getattr(context.context, "settings", None)
        self.maximum = settings.max_query_cost if settings is not None else DEFAULT_MAXIMUM_COST
        if context.graphql_document is not None:
            self.cost = operation_cost(
                context.schema._schema, context.graphql_document, context.operation_name, context.variables
            )
            if self.cost > self.maximum:
                context.result = ExecutionResult(
                    data=None,
                    errors=[
                        GraphQLError(
                            f"This query could fetch too much: its cost is {self.cost}, the maximum is {self.maximum}. "
                            "Ask for smaller pages (first/last) or fewer nested connections.",
                            extensions={"code": COST_CODE, "cost": self.cost, "maximumCost": self.maximum},
                        )
                    ],
                )
        yield

    def get_results(self) -> dict[str, Any]:
        if self.cost is None:
            return {}
        return {"cost": {"requested": self.cost, "maximum": self.maximum}}
