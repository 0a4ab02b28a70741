"""Where tree-sitter-pwsh could not parse: ERROR regions and MISSING tokens.

An ERROR node can wrap statements the parser did recover (the whole file when only its last
line is broken), so only the text between recovered statements counts as broken; pieces at
most two lines apart are merged into one region.
"""

from __future__ import annotations

from operator import attrgetter
from typing import TYPE_CHECKING, Any

from psscript_graphql.analyzer.model import ErrorRegion

if TYPE_CHECKING:
    from psscript_graphql.analyzer.parse import ScriptTree

Node = Any

# Children of an ERROR node that the parser did recover as whole statements (or comments).
_STATEMENT_TYPES = frozenset(
    "pipeline function_statement if_statement foreach_statement for_statement while_statement do_statement "
    "switch_statement try_statement trap_statement class_statement enum_statement data_statement "
    "flow_control_statement statement_list param_block comment requires_directive_list using_directive_list "
    "using_statement empty_statement".split()
)


def collect_error_regions(tree: ScriptTree) -> tuple[ErrorRegion, ...]:
    """Unparsed text inside ERROR nodes and MISSING tokens, in source order."""
    runs: list[tuple[int, int]] = []
    missing: list[ErrorRegion] = []
    _collect(tree, tree.root, runs, missing)
    regions = [ErrorRegion(**tree.span(start, end), kind="error", missing="") for start, end in _merge(tree, runs)]
    return tuple(sorted(regions + missing, key=attrgetter("start")))


def _collect(tree: ScriptTree, node: Node, runs: list[tuple[int, int]], missing: list[ErrorRegion],
             parent: Node | None = None, following: Node | None = None) -> None:
    """`parent` and `following` (the next sibling) are passed down: tree-sitter finds a node's parent by
    walking from the root, which a broken large script cannot afford per ERROR node."""
    if node.is_missing:
        # PowerShell reports an unclosed brace, bracket or parenthesis at the one that opened it, but a
        # param block's missing `)` right after its last parameter (MissingEndParenthesisInFunctionParameterList).
        opener = _opener_of(node, parent)
        after = _last_parameter_end(parent) if node.type == ")" else None
        if after is not None:
            where = tree.span(after, after)
        else:
            where = tree.span_of(opener) if opener is not None else tree.span_of(node)
        missing.append(ErrorRegion(**where, kind="missing", missing=node.type))
        return
    if not node.is_error:
        children = node.children
        for index, child in enumerate(children):
            if child.has_error:
                _collect(tree, child, runs, missing, node, children[index + 1] if index + 1 < len(children) else None)
        return
    if glued_member_call(tree.source, node) is not None:
        return  # valid PowerShell the grammar lacks; parse.member_invocations builds the call
    if _missing_comma_in_param_block(tree, node, parent, following, runs, missing):
        return
    cursor = node.start_byte
    for child in node.children:
        if child.type in _STATEMENT_TYPES:
            runs.append((cursor, child.start_byte))
            if child.has_error:
                _collect(tree, child, runs, missing)
            cursor = child.end_byte
    runs.append((cursor, node.end_byte))


def _missing_comma_in_param_block(tree: ScriptTree, node: Node, block: Node | None, following: Node | None,
                                  runs: list[tuple[int, int]], missing: list[ErrorRegion]) -> bool:
    """Two parameters of a param block without the comma between them, which tree-sitter wraps as an ERROR
    before the rest of the list: PowerShell ends the list at the first one and reports its missing `)` right
    after it; the rest of the block parses as statements, so the block's `)` is an unexpected token."""
    if (block is None or block.type != "param_block" or following is None or following.type != "parameter_list"
            or not node.child_count or node.children[-1].type != "script_parameter"):
        return False
    end = node.children[-1].end_byte
    missing.append(ErrorRegion(**tree.span(end, end), kind="missing", missing=")"))
    close = block.children[-1]
    if close.type == ")" and not close.is_missing:
        runs.append((close.start_byte, close.end_byte))
    return True


def _last_parameter_end(block: Node | None) -> int | None:
    """Where PowerShell reports a param block's missing `)`: after its last parameter (or its `(`)."""
    if block is None or block.type != "param_block":
        return None
    last = None
    for child in block.children:
        if child.type == "(":
            last = child
        elif child.type == "parameter_list" and child.named_child_count:
            last = child.named_children[-1]
    return last.end_byte if last is not None else None


_OPENERS = {"}": "{", ")": ("(", "@(", "$("), "]": "["}


def _opener_of(node: Node, parent: Node | None) -> Node | None:
    """The sibling token a MISSING closing token would have closed: the last opener before it."""
    openers = _OPENERS.get(node.type)
    if openers is None or parent is None:
        return None
    found = None
    for sibling in parent.children:
        if sibling.start_byte >= node.start_byte and sibling is not node and sibling.id != node.id:
            break
        if sibling.type in openers:
            found = sibling
    return found


def _merge(tree: ScriptTree, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop blank runs; join runs at most two lines apart (pieces of one broken statement)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(runs):
        chunk = tree.source[start:end]
        if not chunk.strip():
            continue
        # Trim surrounding whitespace so positions point at the broken text itself.
        start += len(chunk) - len(chunk.lstrip())
        end -= len(chunk) - len(chunk.rstrip())
        if merged and tree.source[merged[-1][1] : start].count(b"\n") <= 2:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def glued_member_call(source: bytes, node: Node) -> tuple[Node, Node, Node] | None:
    """(target, name, arguments) when an ERROR node is the member name of a call glued to a command's
    parenthesized first argument: `IEX(New-Object Net.WebClient).DownloadString('…')`, where PowerShell
    reads `(…).DownloadString('…')` as one argument and tree-sitter-pwsh stops at the `.`."""
    start, end = node.start_byte, node.end_byte
    # Bytes first: asking a node for its siblings walks its parent's children (quadratic on a broken script).
    if source[start - 1 : start + 1] != b")." or source[end : end + 1] != b"(":
        return None
    target, arguments = node.prev_sibling, node.next_sibling
    names = [child for child in node.children if child.type == "simple_name"]
    if (target is None or arguments is None or len(names) != 1 or target.type != "parenthesized_expression"
            or arguments.type != "argument_list" or target.end_byte != node.start_byte
            or arguments.start_byte != node.end_byte or node.child(0) is None or node.child(0).type != "."):
        return None
    return target, names[0], arguments


def error_nodes(node: Node) -> list[Node]:
    """The ERROR nodes under `node`, walking only the branches that contain one."""
    found: list[Node] = []
    stack = [node]
    while stack:
        current = stack.pop()
        if current.is_error:
            found.append(current)
        stack.extend(child for child in current.children if child.has_error)
    return found
