"""No NUL character reaches a resolver: PostgreSQL cannot store U+0000 in text or jsonb, and
before this check `tag(name: "a\\u0000")`, a search, a login or a new script's title failed deep
in SQL as an internal error.

One check over the whole request instead of one per resolver: before execution, every string in
the document's argument literals, variable defaults and variable values (JSON arguments and
object keys included) is searched, and the first NUL is refused as BAD_USER_INPUT naming the
argument it would have reached.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import orjson
from graphql import (
    ArgumentNode,
    DirectiveNode,
    DocumentNode,
    ExecutionResult,
    FieldNode,
    GraphQLError,
    ListValueNode,
    ObjectValueNode,
    StringValueNode,
    ValueNode,
    VariableDefinitionNode,
    VariableNode,
    Visitor,
    visit,
)
from strawberry.extensions import SchemaExtension

from psscript_graphql.core.errors import bad_input
from psscript_graphql.core.extensions.per_document import PerDocument

NUL = "\x00"


class _ArgumentIndex(Visitor):
    """Where each variable is used (`field(argument.path:)`), and the first literal holding a NUL."""

    def __init__(self) -> None:
        super().__init__()
        self.variable_uses: dict[str, tuple[str, str]] = {}  # variable → (label, argument name)
        self.literal_with_nul: tuple[str, str] | None = None

    def enter_argument(self, node: ArgumentNode, _key: Any, _parent: Any, _path: Any, ancestors: list[Any]) -> Any:
        owner = next((a for a in reversed(ancestors) if isinstance(a, (FieldNode, DirectiveNode))), None)
        prefix = f"@{owner.name.value}" if isinstance(owner, DirectiveNode) else (owner.name.value if owner else "")
        self._scan(node.value, f"{prefix}({node.name.value}", node.name.value)
        return self.SKIP  # the value was scanned whole

    def enter_variable_definition(self, node: VariableDefinitionNode, *_: Any) -> Any:
        if node.default_value is not None:
            self._scan(node.default_value, f"${node.variable.name.value}", node.variable.name.value)
        return self.SKIP

    def _scan(self, value: ValueNode, label: str, argument: str) -> None:
        stack: list[tuple[ValueNode, str]] = [(value, label)]
        while stack:
            node, where = stack.pop()
            if isinstance(node, StringValueNode) and NUL in node.value and self.literal_with_nul is None:
                self.literal_with_nul = (_close(where), argument)
            elif isinstance(node, VariableNode):
                self.variable_uses.setdefault(node.name.value, (_close(where), argument))
            elif isinstance(node, ListValueNode):
                stack.extend((item, where) for item in node.values)
            elif isinstance(node, ObjectValueNode):
                stack.extend((field.value, f"{where}.{field.name.value}") for field in node.fields)


def _close(label: str) -> str:
    return f"{label}:)" if "(" in label else label


def _build_index(document: DocumentNode) -> _ArgumentIndex:
    index = _ArgumentIndex()
    visit(document, index)
    return index


_index = PerDocument(_build_index)


def _may_hold_nul(variables: Mapping[str, Any]) -> bool:
    """A fast, C-speed pre-check: orjson writes U+0000 as `\\u0000`. False positives (a user
    typing a backslash and `u0000`) only lead to the exact search below."""
    try:
        return b"\\u0000" in orjson.dumps(variables, option=orjson.OPT_NON_STR_KEYS)
    except TypeError:
        return True


def _holds_nul(value: Any) -> bool:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if NUL in item:
                return True
        elif isinstance(item, Mapping):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)):
            stack.extend(item)
    return False


def nul_error(document: DocumentNode, variables: Mapping[str, Any] | None) -> GraphQLError | None:
    index = _index(document)
    found = index.literal_with_nul
    if found is None and variables and _may_hold_nul(variables):
        name = next((name for name, value in variables.items() if _holds_nul(value)), None)
        if name is not None:
            found = index.variable_uses.get(name, (f"${name}", name))
    if found is None:
        return None
    label, argument = found
    return bad_input(f"Argument `{label}` contains a NUL character (U+0000); text cannot hold it.", argument=argument)


class RefuseNulCharacters(SchemaExtension):
    def on_execute(self) -> Iterator[None]:
        context = self.execution_context
        if context.graphql_document is not None:
            error = nul_error(context.graphql_document, context.variables)
            if error is not None:
                context.result = ExecutionResult(data=None, errors=[error])
        yield
