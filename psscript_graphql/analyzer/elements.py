"""Builders from tree-sitter-pwsh expression nodes to model objects: strings, member calls, type
literals, comparisons, conditions, loops and catch clauses, plus `unwrap`/`value_kind` helpers.

Commands and their arguments are built in invocations.py; declarations in declarations.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from psscript_graphql.analyzer.model import (
    CatchClause,
    Comparison,
    Condition,
    Loop,
    MemberInvocation,
    StringLiteral,
    TypeLiteral,
)

if TYPE_CHECKING:
    from psscript_graphql.analyzer.parse import ScriptTree

Node = Any  # tree_sitter.Node; kept loose so the model stays importable without the binding

_DOUBLE_QUOTES = frozenset('"\u201c\u201d\u201e')
_WRAPPERS = frozenset({"unary_expression", "pipeline_chain", "assignment_value", "pipeline", "argument_expression"})
_STRING_VERBATIM = frozenset({"verbatim_string_characters", "verbatim_here_string_characters"})


def unwrap(node: Node) -> Node:
    """Skip single-child wrapper nodes down to the expression that matters."""
    while node.type in _WRAPPERS and node.named_child_count == 1:
        node = node.named_child(0)
    return node


def has_expansion(string_node: Node) -> bool:
    """True when an expandable string embeds variables or `$( )`."""
    return any(child.type in ("variable", "sub_expression") for child in string_node.named_children)


def value_kind(node: Node) -> str:
    """Coarse kind of an expression: array, list, string, expandable, number, variable, null,
    scriptblock, hashtable, command, or expression."""
    node = unwrap(node)
    kind = node.type
    if kind == "string_literal":
        inner = node.named_child(0)
        if inner is None or inner.type in _STRING_VERBATIM or not has_expansion(inner):
            return "string"
        return "expandable"
    if kind in ("integer_literal", "real_literal"):
        return "number"
    if kind == "variable":
        return "null" if (node.text or b"").lower() == b"$null" else "variable"
    if kind == "cast_expression":
        type_text = (node.named_child(0).text or b"").decode("utf-8", "replace").lower()
        if type_text.endswith("[]]") or type_text in ("[array]", "[system.array]"):
            return "array"
        return "string" if type_text in ("[string]", "[system.string]") else value_kind(node.named_child(1))
    return {
        "script_block_expression": "scriptblock",
        "array_expression": "array",
        "array_literal_expression": "list",
        "hash_literal_expression": "hashtable",
        "command": "command",
    }.get(kind, "expression")


def build_string(tree: ScriptTree, node: Node) -> StringLiteral:
    start = node.start_byte
    head = tree.source[start : start + 8].decode("utf-8", "ignore")
    here = head.startswith("@")
    # The opening quote (straight or typographic) tells verbatim from expandable without child nodes.
    quote = head[1:2] if here else head[:1]
    return StringLiteral(start=start, end=node.end_byte, tree=tree, expandable=quote in _DOUBLE_QUOTES, here=here,
                         node=node)


def build_member_invocation(tree: ScriptTree, node: Node) -> MemberInvocation | None:
    """`invocation_expression`, or a `member_access` directly followed by `(` (command-mode split)."""
    member = next((child for child in node.named_children if child.type == "member_name"), None)
    if member is None:
        return None
    if node.type == "member_access" and tree.source[node.end_byte : node.end_byte + 1] != b"(":
        return None
    target = node.named_child(0)
    target_text = tree.text_of(target) if target is not None and target.type != "member_name" else ""
    static = any(child.type == "::" for child in node.children)
    return MemberInvocation(**tree.span_of(node), name=tree.text_of(member), target=target_text, static=static)


def build_type_literal(tree: ScriptTree, node: Node) -> TypeLiteral:
    text = tree.text_of(node)
    return TypeLiteral(**tree.span_of(node), name=text[1:-1].strip())


def build_comparison(tree: ScriptTree, node: Node) -> Comparison | None:
    children = node.named_children
    operator = next((child for child in children if child.type == "comparison_operator"), None)
    if operator is None or len(children) < 3:
        return None
    return Comparison(**tree.span_of(node), operator=tree.text_of(operator).lower(),
                      left=tree.text_of(children[0]), right=tree.text_of(children[-1]))


def _runs_command(node: Node) -> bool:
    """True when a command appears anywhere under `node`, nested script blocks included."""
    cursor = node.walk()
    while True:
        if cursor.node.type == "command":
            return True
        if cursor.goto_first_child():
            continue
        while not cursor.goto_next_sibling():
            if not cursor.goto_parent() or cursor.node == node:
                return False


def _condition_value_kind(assignment: Node, value: Node) -> str:
    """The kind of an assigned condition value as PSScriptAnalyzer's PossibleIncorrectUsageOfAssignmentOperator
    sees it: "typo" for `==` (the value starts with `=`) or a `$null` target, always a mistake; "command" when it
    runs something: a command anywhere in it (`while ($d = (Get-Depth))`) or a member call as its first
    expression (`if ($f = [IO.Path]::GetTempFileName())`)."""
    target = assignment.named_child(0)
    if (value.text or b"").startswith(b"=") or (target is not None and (target.text or b"").lower() == b"$null"):
        return "typo"
    if unwrap(value).type == "invocation_expression" or _runs_command(value):
        return "command"
    return value_kind(value)


def build_condition(tree: ScriptTree, node: Node) -> Condition | None:
    """Condition of an if/elseif/while/do statement with its top-level shape."""
    condition = node.child_by_field_name("condition")
    if condition is None:
        return None
    if condition.type == "while_condition":
        condition = condition.named_child(0)
        if condition is None:
            return None
    top = condition.named_child(0) if condition.type == "pipeline" else condition
    shape, kind = "expression", ""
    if top is not None and top.type == "assignment_expression":
        shape = "assignment"
        value = top.child_by_field_name("value")
        kind = _condition_value_kind(top, value) if value is not None else ""
    elif top is not None and top.type == "pipeline_chain" and any(
        child.type in ("redirections", "redirection") for child in top.named_children
    ):
        shape = "redirection"
    keyword = tree.text_of(node.child(0)).lower() if node.type != "do_statement" else "do"
    return Condition(**tree.span_of(condition), keyword=keyword, shape=shape, value_kind=kind)


def build_loop(tree: ScriptTree, node: Node) -> Loop:
    body = next((child for child in reversed(node.named_children) if child.type == "statement_block"), None)
    if node.type == "do_statement":
        body = next((child for child in node.named_children if child.type == "statement_block"), None)
    variable = None
    if node.type == "foreach_statement":
        var_node = next((child for child in node.named_children if child.type == "variable"), None)
        variable = tree.text_of(var_node).lstrip("$").strip("{}").lower() if var_node is not None else None
    start, end = (body.start_byte, body.end_byte) if body is not None else (node.start_byte, node.end_byte)
    return Loop(**tree.span_of(node), kind=node.type.removesuffix("_statement"), variable=variable,
                body_start=start, body_end=end)


def build_catch(tree: ScriptTree, node: Node) -> CatchClause:
    types: list[str] = []
    body = None
    for child in node.named_children:
        if child.type == "catch_type_list":
            types.extend(tree.text_of(t)[1:-1] for t in child.named_children if t.type == "type_literal")
        elif child.type == "statement_block":
            body = child
    is_empty = body is None or not any(child.type == "statement_list" for child in body.named_children)
    return CatchClause(**tree.span_of(node), types=tuple(types), is_empty=is_empty)
