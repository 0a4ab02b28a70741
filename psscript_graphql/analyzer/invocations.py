"""Builders for command invocations: arguments, commands and pipelines, from the tree and from tokens.

Node type names come from tree-sitter-pwsh 0.38 (checked by parsing samples): a pipeline is a
`pipeline_chain` of `command`/expression children separated by `|`; a command has the fields
`command_name` (`command_name` or `command_name_expr`) and `command_elements`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from psscript_graphql.analyzer import aliases
from psscript_graphql.analyzer.commands import SWITCH_PARAMETERS, ArgKind, Argument, Command, Pipeline, new_argument
from psscript_graphql.analyzer.elements import unwrap, value_kind
from psscript_graphql.analyzer.model import unquote

if TYPE_CHECKING:
    from psscript_graphql.analyzer.parse import ScriptTree
    from psscript_graphql.analyzer.tokens import TokenScan

Node = Any

_new_object = object.__new__

# `1..10 | …` at the start of a statement comes out of the grammar as a command named "1..10".
_RANGE_FIRST = frozenset("(+-0123456789$")
RANGE_AS_COMMAND = re.compile(r"^\(?\s*[-+]?(?:\d|\$|\()[^\s]*\.\.")


_KIND_TO_ARG = {
    "string": ArgKind.STRING,
    "expandable": ArgKind.EXPANDABLE,
    "number": ArgKind.NUMBER,
    "variable": ArgKind.VARIABLE,
    "null": ArgKind.VARIABLE,
    "scriptblock": ArgKind.SCRIPTBLOCK,
    "list": ArgKind.LIST,
}


def build_argument(tree: ScriptTree, node: Node) -> Argument:
    """One command element (never a separator or redirection) as an Argument."""
    start, end = node.start_byte, node.end_byte
    text = tree.source[start:end].decode("utf-8", "replace")
    kind = node.type
    items: tuple[Argument, ...] = ()
    value = text
    if kind == "command_parameter":
        arg_kind, value = ArgKind.PARAMETER, text[1:].rstrip(":")
    elif kind in ("generic_token", "stop_parsing"):
        arg_kind = ArgKind.BAREWORD
    elif kind in ("bareword_argument_list", "array_literal_expression"):
        arg_kind = ArgKind.LIST
        items = tuple(build_argument(tree, child) for child in node.named_children)
    elif kind == "concatenated_command_argument":
        dynamic = any(child.type in ("variable", "sub_expression") for child in node.named_children)
        arg_kind = ArgKind.EXPANDABLE if dynamic else ArgKind.BAREWORD
    else:
        inner = unwrap(node)
        # A variable (`$null` included) is the most common argument: no need to ask value_kind.
        arg_kind = ArgKind.VARIABLE if inner.type == "variable" else _KIND_TO_ARG.get(value_kind(inner),
                                                                                     ArgKind.EXPRESSION)
        if arg_kind is ArgKind.VARIABLE and text.startswith("@"):
            arg_kind = ArgKind.SPLAT
        elif arg_kind is ArgKind.STRING or arg_kind is ArgKind.EXPANDABLE:
            value = unquote(text)
        elif arg_kind is ArgKind.LIST:
            items = tuple(build_argument(tree, child) for child in inner.named_children)
    return new_argument(tree, start, end, text, arg_kind, value, items)


def make_command(
    tree: ScriptTree,
    *,
    span: dict[str, Any],
    name: str,
    operator: str,
    arguments: list[Argument] | None,
    pipeline_id: int,
    pipeline_index: int,
    from_tokens: bool = False,
    node: Node = None,
) -> Command:
    return _command(tree, span["start"], span["end"], name, operator, tuple(arguments) if arguments is not None else None,
                    pipeline_id, pipeline_index, from_tokens, node, tree.cached(_NAME_FACTS, dict))


# The per-tree memo of `_name_facts` (a script calls the same few names many times; dropped with the tree).
_NAME_FACTS = "command_name_facts"


def _name_facts(name: str) -> tuple[str, str, str, str, str]:
    """What a command's name tells, computed once per distinct name: (resolved, alias_of, name_lower,
    resolved_lower, program)."""
    lowered = name.lower()
    # Backticks inside a bareword are escapes PowerShell drops (``i`e`x`` runs the alias iex).
    alias_of = aliases.ALIASES.get(lowered.replace("`", "") if "`" in lowered else lowered, "")
    if alias_of:
        resolved = alias_of
    else:
        resolved = aliases.canonical_cmdlet(lowered.replace("`", "")) if "`" in lowered else None
        resolved = resolved or aliases.canonical_cmdlet(lowered) or aliases.module_qualified_cmdlet(name) or name
    base = lowered
    if "\\" in base or "/" in base:
        base = base.replace("/", "\\").rsplit("\\", 1)[-1]
    # `C:\…\powershell.exe` → `powershell`: native programs are matched by base name.
    program = base[:-4] if base.endswith(".exe") else base
    return resolved, alias_of, lowered, resolved.lower(), program


def _command(tree: ScriptTree, start: int, end: int, name: str, operator: str,
             arguments: tuple[Argument, ...] | None, pipeline_id: int, pipeline_index: int, from_tokens: bool,
             node: Node, names: dict[str, tuple[str, str, str, str, str]]) -> Command:
    """A Command with the cmdlet its name resolves to (built for every command of the script: no keywords);
    `names` is the tree's memo of `_name_facts`."""
    facts = names.get(name)
    if facts is None:
        facts = names[name] = _name_facts(name)
    resolved, alias_of, name_lower, resolved_lower, program = facts
    # The fields are stored directly, without the dataclass's keyword-only __init__: binding sixteen keywords
    # (defaults filled in) cost more than building the rest of a command, and a 1 MiB script has 20,000 commands.
    # Every field `Command(...)` sets is set here (a test keeps the two equal).
    command = _new_object(Command)
    command.start, command.end, command.tree = start, end, tree
    command.name, command.resolved, command.invocation_operator = name, resolved, operator
    command.pipeline_id, command.pipeline_index, command.from_tokens = pipeline_id, pipeline_index, from_tokens
    command.node, command.given_arguments, command.alias_of = node, arguments, alias_of
    command.name_lower, command.resolved_lower, command.program = name_lower, resolved_lower, program
    command._bound = None
    return command


def build_command(tree: ScriptTree, node: Node, start: int, pipeline_id: int, pipeline_index: int,
                  names: dict[str, tuple[str, str, str, str, str]]) -> Command | None:
    """A `command` node starting at byte `start` as a Command; None for the grammar's range-expression misparse.

    (The caller passes `start`: a node's positions are computed on each access; `names`: see `_command`.)
    """
    name_node = node.child_by_field_name("command_name")
    if name_node is None:
        return None
    name_start = name_node.start_byte
    source = tree.source
    name_text = source[name_start : name_node.end_byte].decode("utf-8", "replace")
    # Anything before the name is the invocation operator (`&` or `.`).
    operator = source[start:name_start].strip().decode("utf-8", "replace") if name_start > start else ""
    if operator and name_text[:1] in "'\"":
        name_text = unquote(name_text)
    if not operator and name_text[:1] in _RANGE_FIRST and RANGE_AS_COMMAND.match(name_text):
        return None
    return _command(tree, start, node.end_byte, name_text, operator, None, pipeline_id, pipeline_index, False, node,
                    names)


_NOT_ARGUMENTS = frozenset({"command_argument_sep", "redirection", "comment"})


def _joins_previous(tree: ScriptTree, previous: Node | None, child: Node) -> str:
    """How a command element belongs to the element before it rather than standing alone: "call" for a method's
    argument list (`$c.GetStream()`, which the grammar splits into the member and `()`), "list" for the next
    item of a comma list after such a call (command_lists moves or blanks the comma for the parser:
    `$c.GetStream() ,$false`, `$c.GetStream() $false`; the source between them is the comma), else ""."""
    if previous is None:
        return ""
    if child.type == "argument_list" and child.start_byte == previous.end_byte:
        return "call"
    operand = _comma_operand(_first_item(child))
    gap = tree.source[previous.end_byte : (operand or child).start_byte]
    return "list" if gap.strip(b" \t") == b"," else ""


def _first_item(node: Node) -> Node:
    """The first item of an array literal element (`,$false, 3` is the list of `,$false` and `3`), else the element."""
    return node.named_child(0) if node.type == "array_literal_expression" and node.named_child_count else node


def _list_items(tree: ScriptTree, node: Node) -> tuple[Argument, ...]:
    """The items a list-continuing element adds (its leading comma dropped)."""
    items = node.named_children if node.type == "array_literal_expression" else [node]
    return tuple(build_argument(tree, _comma_operand(item) or item) for item in items)


def _comma_operand(node: Node) -> Node | None:
    """The operand of a unary comma element (`,$false`), else None."""
    node = unwrap(node)
    if node.type == "expression_with_unary_operator" and node.child_count == 2 and node.child(0).type == ",":
        return node.child(1)
    return None


def _on_the_command_line(tree: ScriptTree, elements: Node) -> Iterable[Node]:
    """A command's elements up to a bare line break between two of them: a command's arguments end at the
    end of its line (a backtick continues it), but tree-sitter's error recovery can give a broken line's
    command the lines below it (`$m = (Get-X | Select-Object Name` with no `)`: the next lines)."""
    if tree.source.find(b"\n", elements.start_byte, elements.end_byte) < 0:
        return elements.named_children  # all on one line, the common case: no gap to look at
    return _up_to_a_bare_line_break(tree, elements)


def _up_to_a_bare_line_break(tree: ScriptTree, elements: Node) -> Iterator[Node]:
    previous_end = elements.start_byte
    for child in elements.named_children:
        gap = tree.source[previous_end : child.start_byte]
        if b"\n" in gap and not gap.rstrip(b" \t\r\n").endswith(b"`"):
            return
        if child.type == "command_argument_sep" and b"\n" in tree.source[child.start_byte : child.end_byte]:
            text = tree.source[child.start_byte : child.end_byte]
            if b"`" not in text:
                return
        yield child
        previous_end = child.end_byte


def build_command_arguments(tree: ScriptTree, node: Node) -> tuple[Argument, ...]:
    """Arguments of a `command` node (built lazily by `Command.arguments`); a method call and the comma list it
    starts are one argument each, as PowerShell binds them."""
    elements = node.child_by_field_name("command_elements") if node is not None else None
    if elements is None:
        return ()
    built: list[Argument] = []
    previous: Node | None = None
    for child in _on_the_command_line(tree, elements):
        if child.type in _NOT_ARGUMENTS:
            continue
        joins = _joins_previous(tree, previous, child) if built else ""
        if joins == "call":
            first = built[-1]
            items = first.items[:-1] + (_joined(tree, first.items[-1].start, child.end_byte),) if first.items else ()
            built[-1] = _joined(tree, first.start, child.end_byte, items)
        elif joins == "list":
            first = built[-1]
            built[-1] = _joined(tree, first.start, child.end_byte, (first.items or (first,)) + _list_items(tree, child))
        else:
            built.append(build_argument(tree, child))
        previous = child
    return tuple(built)


# A command's elements when they are one plain variable: blanks, then `$name` to the command's end.
_LONE_VARIABLE_ELEMENT = re.compile(rb"[ \t]+\$\w+")


def first_argument_is_dynamic(tree: ScriptTree, node: Node) -> bool:
    """True when a `command` node's first argument is certainly not constant text and no `-Name` can bind
    in its place, decided from the first element alone (without building and binding every argument).

    Without a `command_parameter` element nothing binds by name, so the first positional argument is the first
    element, maybe joined with a call's `(…)` or a comma list after it (build_command_arguments): a joined
    expression is never constant, and a joined list keeps the element's items, so a non-constant element stays
    non-constant. False means "not known": the caller binds the arguments.

    The usual call, `Invoke-Expression $code`, is answered from the bytes the parser read: blanks and a plain
    `$name` from the name's end to the command's end are one element, a variable, and nothing else (every such
    command of the corpus and the bench shapes answers the same through the nodes), without reading the
    elements' nodes and their wrappers."""
    if node is None:
        return False
    name = node.child_by_field_name("command_name")
    if name is not None and _LONE_VARIABLE_ELEMENT.fullmatch(tree.parsed, name.end_byte, node.end_byte):
        return True
    elements = node.child_by_field_name("command_elements")
    if elements is None:
        return False
    first: Node | None = None
    for child in elements.named_children:
        kind = child.type
        if kind == "command_parameter":
            return False
        if first is None and kind not in _NOT_ARGUMENTS:
            first = child
    if first is None:
        return False
    # A variable (or splat) under its wrappers, the usual case, is never constant: no Argument to build for it.
    return unwrap(first).type == "variable" or not build_argument(tree, first).is_constant


def _joined(tree: ScriptTree, start: int, end: int, items: tuple[Argument, ...] = ()) -> Argument:
    """One argument over `start`…`end`: a list of `items`, or (without items) an expression such as a call."""
    text = tree.source[start:end].decode("utf-8", "replace")
    return Argument(**tree.span(start, end), text=text, kind=ArgKind.LIST if items else ArgKind.EXPRESSION,
                    value=text, items=items)


def count_positional(tree: ScriptTree, node: Node, at_least: int = 0) -> int:
    """Positional arguments of a `command` node from node types alone (same binding as bind_arguments).

    Every element is preceded by a separator node, so fewer than 2 × at_least - 1 named
    children cannot hold `at_least` arguments; those return 0 without walking the children.
    """
    elements = node.child_by_field_name("command_elements") if node is not None else None
    if elements is None or elements.named_child_count < 2 * at_least - 1:
        return 0
    count = 0
    expecting_value = False
    previous: Node | None = None
    for child in _on_the_command_line(tree, elements):
        kind = child.type
        if kind in _NOT_ARGUMENTS:
            continue
        joins, previous = _joins_previous(tree, previous, child), child
        if joins:
            continue  # a method's `(…)` or the next item of its comma list: part of the argument before
        if tree.source[child.start_byte - 1 : child.start_byte] == b".":
            continue  # a member after a method call (`$x.Trim().Length`), given to the parser as a word
        if kind == "command_parameter":
            end = child.end_byte
            colon = tree.source[end - 1 : end + 1].find(b":") >= 0
            expecting_value = colon or tree.text_of(child)[1:].rstrip(":").lower() not in SWITCH_PARAMETERS
        elif expecting_value:
            expecting_value = False
        else:
            count += 1
    return count


# `Name = value` as the grammar reads it: a command `Name` whose first argument is a bare `=`.
_PROPERTY_ASSIGNMENT = re.compile(rb"[A-Za-z_][\w-]*[ \t]*=(?=[ \t]|$)")


def configuration_bodies(tree: ScriptTree, commands: Iterable[Command]) -> list[tuple[int, int]]:
    """Byte ranges of the bodies of DSC `Configuration Name { … }` statements, the `{` on the name's line (an
    argument of the command as the grammar reads it) or on a later line (the next statement)."""
    bodies: list[tuple[int, int]] = []
    block_ends: dict[int, int] | None = None
    source = tree.source
    for command in commands:
        if command.name_lower != "configuration":
            continue
        block = next((argument for argument in command.arguments if argument.kind is ArgKind.SCRIPTBLOCK), None)
        if block is not None:
            bodies.append((block.start, block.end))
            continue
        brace = command.end
        while source[brace : brace + 1] in (b" ", b"\t", b"\r", b"\n"):
            brace += 1
        if source[brace : brace + 1] != b"{":
            continue
        if block_ends is None:
            block_ends = {node.start_byte: node.end_byte for node in tree.nodes("script_block_expression", ordered=False)}
        if brace in block_ends:
            bodies.append((brace, block_ends[brace]))
    return bodies


def _without_dsc_properties(tree: ScriptTree, commands: list[Command]) -> list[Command]:
    """Commands less the property lines of DSC resource blocks inside a `Configuration` (`Type = 'Directory'`
    in `File SiteRoot { … }`): PowerShell parses a resource's body as a hashtable, so `Type` is no command
    (and no alias of Get-Content)."""
    bodies = configuration_bodies(tree, commands)
    if not bodies:
        return commands
    return [command for command in commands
            if not (any(start < command.start < end for start, end in bodies)
                    and _PROPERTY_ASSIGNMENT.match(tree.source, command.start, command.end))]


def collect_commands(tree: ScriptTree, scans: Iterable[TokenScan]) -> tuple[tuple[Command, ...], dict[int, Pipeline]]:
    """Every command (tree first, then token-fallback commands the tree lacks) and the multi-element
    pipelines keyed by their start byte."""
    commands: list[Command] = []
    pipelines: dict[int, Pipeline] = {}
    # Only chains with a `|` form pipelines; child_count is cheap, named_children is not. A node computes
    # its type and positions on each access: each is read once here. (chain, its start, [(element, start)])
    multi: list[tuple[Node, int, list[tuple[Node, int]]]] = []
    placed: dict[int, tuple[int, int]] = {}  # a pipeline's command's start → (the pipeline's start, index)
    for chain in tree.nodes("chain", ordered=False):
        if chain.child_count < 2:
            continue
        chain_start = chain.start_byte
        elements: list[tuple[Node, int]] = []
        for child in chain.named_children:
            kind = child.type
            if kind == "comment":
                continue
            child_start = child.start_byte
            if kind == "command":
                placed[child_start] = (chain_start, len(elements))
            elements.append((child, child_start))
        multi.append((chain, chain_start, elements))
    by_start: dict[int, Command] = {}
    names = tree.cached(_NAME_FACTS, dict)
    # The nodes in source order: the query returns them in no order, and building each command reads its node's
    # subtree, which the parser laid out in source order; read in that order they are found in the CPU's caches
    # (cheaper than reading them as returned and sorting only the commands). The commands are sorted once more at
    # the end, with the token fallback's (stable: equal starts keep this order).
    for node in tree.nodes("command"):
        start = node.start_byte
        pipeline_id, index = placed.get(start, (start, 0))
        command = build_command(tree, node, start, pipeline_id, index, names)
        if command is not None:
            commands.append(command)
            by_start[start] = command
    for chain, chain_start, elements in multi:
        members = tuple(by_start.get(child_start) or build_argument(tree, child) for child, child_start in elements)
        pipelines[chain_start] = Pipeline(start=chain_start, end=chain.end_byte, tree=tree, elements=members)
    if tree.mentions(b"configuration"):
        commands = _without_dsc_properties(tree, commands)
    scans = list(scans)
    # Lines straight from the line index: a Command's `line` property costs two calls and a column per command.
    line_of = tree.line_of
    known = {(line_of(command.start), command.name_lower) for command in commands} if scans else set()
    token_groups: dict[int, list[Command]] = {}
    for scan in scans:
        for command in scan.commands:
            if (line_of(command.start), command.name_lower) not in known:
                commands.append(command)
                token_groups.setdefault(command.pipeline_id, []).append(command)
    for pipeline_id, group in token_groups.items():
        if len(group) > 1 and pipeline_id not in pipelines:
            pipelines[pipeline_id] = Pipeline(**tree.span(group[0].start, group[-1].end), elements=tuple(group))
    commands.sort(key=attrgetter("start"))
    return tuple(commands), pipelines
