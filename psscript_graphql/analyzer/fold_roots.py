"""Where a script computes text: the outermost composite constant expressions ("fold roots").

`fold_roots` walks the expression kinds that can compute a value, outer before inner, and
yields each outermost one the `Folder` evaluates to a one-line string — with its role (a
command name after `&`/`.`, a member name, or any other value) and whether it disguises the
value (`hidden`). `folded_script.py` replaces them; `PSObfuscatedCommandName` reports hidden
command and member names. Bare literals and bare variables are never roots, so a script that
computes no text is analysed exactly as written.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from psscript_graphql.analyzer import aliases
from psscript_graphql.analyzer.folding import Folder, unwrap

if TYPE_CHECKING:
    from psscript_graphql.analyzer.parse import ScriptTree

Node = Any

# Composite expressions evaluated per script: bounds the CPU a 1 MiB script of nothing but
# computed strings can cost (about 0.5 s); real scripts have a few hundred at most.
MAX_FOLD_ATTEMPTS = 15_000
# Expression kinds that compute a value; a root is one of these (or an expandable string over constants).
ROOT_TYPES = (
    "additive_expression additive_argument_expression format_expression comparison_expression "
    "expression_with_unary_operator cast_expression element_access invocation_expression string_literal"
).split()
_ROOT_TYPE_SET = frozenset(ROOT_TYPES)
# Single-child wrappers a root's reported span extends over (`& ('a'+'b')` is replaced with its parentheses).
_PASS_THROUGH = frozenset({"unary_expression", "pipeline_chain", "pipeline"})


@dataclass(frozen=True, slots=True)
class FoldRoot:
    """An outermost composite constant expression: bytes [start, end) of the source, its value and role."""

    start: int
    end: int
    value: str
    role: str  # "command" (name after & or .), "member" (a member name), "value" (anywhere else)
    hidden: bool  # computed from several pieces (concatenation, codes, format, join, replace, reversal)
    alias: bool = False  # a name the script made an alias of `value` (Set-Alias / New-Alias)


def _role(parent: Node | None, kind: str | None = None) -> str:
    """The role of an expression, from its parent node (`parent`: each `.parent` walks down from the root) and
    that node's kind when already read."""
    while parent is not None:
        kind = kind or parent.type
        if kind == "unary_expression":
            parent, kind = parent.parent, None
            continue
        return "command" if kind == "command_name_expr" else "member" if kind == "member_name" else "value"
    return "value"


def _is_composite(node: Node) -> bool:
    """Whether an expression computes its value from parts (a literal or a bare variable does not)."""
    node = unwrap(node)
    kind = node.type
    if kind == "parenthesized_expression" and node.named_child_count == 1:
        return _is_composite(node.named_child(0))
    if kind == "string_literal":
        inner = node.named_child(0)
        return inner is not None and any(child.type in ("variable", "sub_expression") for child in inner.named_children)
    return kind in _ROOT_TYPE_SET


# Kinds `_is_composite` always says yes to, answered from the kind alone: the root kinds but strings (which may be
# plain literals); none of them is a wrapper `unwrap` would look through.
_COMPOSITE_KINDS = _ROOT_TYPE_SET - {"string_literal"}


def fold_candidates(tree: ScriptTree) -> list[Node]:
    """Expression nodes that may compute a string, outer before inner (source order), each once."""
    captures = tree.fold_candidate_nodes()
    unique = {node.id: node for node in captures}
    # By start, longer first; two stable sorts with C key functions (tens of thousands of nodes).
    nodes = sorted(unique.values(), key=_END_BYTE, reverse=True)
    nodes.sort(key=_START_BYTE)
    return nodes


_START = attrgetter("start")
_START_BYTE = attrgetter("start_byte")
_END_BYTE = attrgetter("end_byte")


def fold_roots(tree: ScriptTree, folder: Folder | None = None) -> Iterator[FoldRoot]:
    """Outermost composite expressions with a constant string value, in source order.

    A parenthesized root is reported with its parentheses, so `& ('a'+'b')` becomes `& 'ab'`.
    A bare variable after `&`/`.` whose one assignment computes a constant is a root too.
    """
    folder = folder or Folder(tree)
    covered_until = -1
    attempts = 0
    for node in fold_candidates(tree):
        if node.start_byte < covered_until:
            continue
        kind = node.type  # read once: every `.type` builds a new string
        if kind not in _COMPOSITE_KINDS and not _is_composite(node):
            continue
        attempts += 1
        if attempts > MAX_FOLD_ATTEMPTS:
            break  # the rest of an extremely dense script is analysed as written
        if kind == "invocation_expression" and node.named_child(0).type == "type_literal" and unwrap(
                node.named_child(0)).type == "type_literal" and not _static_text_call(tree, node):
            continue
        # A read of a variable that never has a value makes the fold fail: known without trying (still an attempt).
        value = None if folder.surely_not_constant(node) else folder.fold(node)
        if not isinstance(value, str) or len(value.strip()) < 2 or "\n" in value or "\r" in value:
            continue  # a single character names nothing; multi-line text is no command or type name
        outer, parent = node, node.parent  # one `.parent` per level: each walks down from the root
        parent_kind = parent.type if parent is not None else None
        while parent_kind in _PASS_THROUGH and parent.named_child_count == 1:
            outer, parent = parent, parent.parent
            parent_kind = parent.type if parent is not None else None
        if parent_kind == "parenthesized_expression":
            outer, parent = parent, parent.parent
            parent_kind = parent.type if parent is not None else None
        covered_until = outer.end_byte
        yield FoldRoot(outer.start_byte, covered_until, value, _role(parent, parent_kind),
                       hidden=_hides(node, value, folder, kind))
    for command in tree.commands():
        if command.invocation_operator and command.name.startswith("$") and command.node is not None:
            name_node = command.node.child_by_field_name("command_name")
            name = command.name[1:].lower()
            while name_node is not None and name_node.type in ("command_name_expr", "path_command_name") \
                    and name_node.named_child_count == 1:
                name_node = name_node.named_child(0)
            if name_node is not None and folder.variable_is_composite(name):
                value = folder.fold(name_node)
                if isinstance(value, str) and value.strip() and "\n" not in value:
                    yield FoldRoot(name_node.start_byte, name_node.end_byte, value, "command",
                                   hidden=_hides(folder.assigned_node(name), value, folder))
            elif name_node is not None and name_node.type == "element_access":
                # `& $tools['vss'] …`, `& $paths[0] …`: an entry of a table or list of tool names
                value = folder.fold(name_node)
                if isinstance(value, str) and value.strip() and "\n" not in value:
                    yield FoldRoot(name_node.start_byte, name_node.end_byte, value, "command",
                                   hidden=_worth_hiding(value))
            elif name_node is not None and name_node.type == "path_command_name":
                # `$tools = @{ vss = "$env:windir\\System32\\vssadmin.exe" }; & $tools.vss delete shadows`
                yield from _table_command_root(tree, folder, name_node)
            elif name_node is not None and name_node.type == "variable":
                # `$c = 'iex'; & $c …`: a plain literal naming a command. Hidden when the command is one
                # attackers keep out of sight; `$tool = 'C:\x.exe'; & $tool` just reads as written.
                value = folder.fold(name_node)
                if isinstance(value, str) and aliases.canonical_cmdlet(value) is not None:
                    yield FoldRoot(name_node.start_byte, name_node.end_byte, value, "command",
                                   hidden=_worth_hiding(value))
    if b".$" in tree.source:
        yield from _member_variable_roots(tree, folder)
    yield from _alias_roots(tree, folder)


def _table_command_root(tree: ScriptTree, folder: Folder, name_node: Node) -> Iterator[FoldRoot]:
    """A command named by a constant entry of a hashtable the script assigns once (`& $tools.vss …`)."""
    parts = name_node.named_children
    if len(parts) != 2 or parts[0].type != "variable" or parts[1].type != "path_command_name_token":
        return
    variable, key = tree.text_of(parts[0]), tree.text_of(parts[1])
    if not variable.startswith("$") or ":" in variable or not key.startswith(".") or not key[1:].isidentifier():
        return
    value = folder.table_entry(variable[1:].strip("{}").lower(), key[1:], name_node.start_byte)
    if isinstance(value, str) and value.strip() and "\n" not in value:
        yield FoldRoot(name_node.start_byte, name_node.end_byte, value, "command", hidden=_worth_hiding(value))


def _worth_hiding(value: str) -> bool:
    """A name attackers keep out of sight (`Invoke-Expression`, `New-Object`, …; their aliases too)."""
    target = aliases.canonical_cmdlet(value)
    return target is not None and target.lower() in _ALIAS_TARGETS_WORTH_HIDING


def _member_variable_roots(tree: ScriptTree, folder: Folder) -> Iterator[FoldRoot]:
    """`$wc.$m(…)` where `$m` is assigned once to computed text (`-join 'gnirtSdaolnwoD'[-1..-14]`):
    the member name is folded, as a computed command name after `&` is."""
    for member in tree.member_invocations():
        name = member.name
        bare = name[2:-1] if name.startswith("${") and name.endswith("}") else name[1:]  # `$wc.${m}(…)` too
        if not name.startswith("$") or not bare or not folder.variable_is_composite(bare.lower()):
            continue
        at = tree.source.find(b"." + name.encode("utf-8"), member.start, member.end) + 1
        variable = tree.root.descendant_for_byte_range(at, at + len(name.encode("utf-8"))) if at > 0 else None
        if variable is not None and variable.type == "braced_variable":
            variable = variable.parent
        value = folder.fold(variable) if variable is not None and variable.type == "variable" else None
        if isinstance(value, str) and value.strip() and "\n" not in value:
            yield FoldRoot(variable.start_byte, variable.end_byte, value, "member", hidden=True)


_ALIAS_TARGETS_WORTH_HIDING = frozenset(
    name.lower() for name in ("Invoke-Expression", "Invoke-Command", "Invoke-WebRequest", "Invoke-RestMethod",
                              "New-Object", "Start-Process", "Add-Type", "Set-MpPreference", "Add-MpPreference",
                              "Invoke-Item", "Start-BitsTransfer", "Set-ExecutionPolicy"))


def _alias_roots(tree: ScriptTree, folder: Folder) -> Iterator[FoldRoot]:
    """Calls of an alias the script defines (`Set-Alias x Invoke-Expression; x $code`): the call
    is folded to the aliased command. Hidden when the target is a command attackers alias away."""
    defined: dict[str, str] = {}
    functions = {function.name.lower() for function in tree.functions()}
    for call in tree.commands_named("Set-Alias", "New-Alias"):
        name, target = call.value_of("Name", prefix=1, position=0), call.value_of("Value", prefix=1, position=1)
        if name is None or target is None or not name.is_constant:
            continue
        value = target.value if target.is_constant else _folded_argument(tree, folder, target)
        if value and name.value.lower() not in functions:
            defined[name.value.lower()] = value.strip()
    for alias, target in defined.items():
        for call in tree.commands_named(alias):
            if call.name_lower != alias or call.from_tokens:
                continue
            at = tree.source.find(call.name.encode("utf-8"), call.start, call.end)
            if at >= 0:
                yield FoldRoot(at, at + len(call.name.encode("utf-8")), target, "command",
                               hidden=aliases.canonical_cmdlet(target) is not None
                               and aliases.canonical_cmdlet(target).lower() in _ALIAS_TARGETS_WORTH_HIDING,
                               alias=True)


def _folded_argument(tree: ScriptTree, folder: Folder, argument: Any) -> str | None:
    node = tree.root.descendant_for_byte_range(argument.start, argument.end)
    value = folder.fold(node) if node is not None else None
    return value if isinstance(value, str) else None


def _hides(node: Node, value: str, folder: Folder, kind: str | None = None) -> bool:
    """Whether an expression disguises its value: any operator does; string interpolation only when
    it glues two or more pieces into a command name (`"$a$b"` → New-Object, not `"$dir\\tool.exe"`); an entry
    of a hashtable of tool paths (`$tools.vss`, `$tools['vss']`) only when it names a command worth hiding.
    `kind`: the node's kind when it is known to be no wrapper (a fold candidate's)."""
    if kind is None:
        node = unwrap(node)
        kind = node.type
    if kind in ("member_access", "element_access") and folder.table_variable(node.named_child(0)):
        return _worth_hiding(value)
    if kind != "string_literal":
        return True
    inner = node.named_child(0)
    expansions = [c for c in inner.named_children if c.type in ("variable", "sub_expression")] if inner else []
    literal_text = (node.end_byte - node.start_byte) - 2 > sum(c.end_byte - c.start_byte for c in expansions)
    pieces = len(expansions) + (1 if literal_text else 0)
    return pieces >= 2 and (aliases.canonical_cmdlet(value) is not None)


def _static_text_call(tree: ScriptTree, node: Node) -> bool:
    member = next((child for child in node.named_children if child.type == "member_name"), None)
    return member is not None and tree.text_of(member).lower() in ("join", "concat", "matches", "convertfromutf32", "new")


def script_roots(tree: ScriptTree) -> list[FoldRoot]:
    """`fold_roots` of a tree in source order, computed once per tree."""
    return tree.cached("fold_roots", lambda: sorted(fold_roots(tree), key=_START))
