"""Builders for declarations: functions (with their comment help), param blocks, parameters,
attributes, assignments and variables."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from psscript_graphql.analyzer.comment_help import CommentBlock
from psscript_graphql.analyzer.elements import unwrap, value_kind
from psscript_graphql.analyzer.intervals import IntervalIndex
from psscript_graphql.analyzer.model import (
    Assignment,
    Attribute,
    CommentHelp,
    FunctionDef,
    Parameter,
    VariableRef,
    plain_variable_assignment,
)

if TYPE_CHECKING:
    from psscript_graphql.analyzer.parse import ScriptTree

Node = Any


def split_variable(text: str) -> tuple[str, str, bool]:
    """Scope, lower-case name and splat flag of a variable's text.

    `$global:Foo` → ("global", "foo", False); `@args` → ("", "args", True); `${env:X}` → ("env", "x", False).
    """
    splat = text.startswith("@")
    body = text[1:]
    if body.startswith("{") and body.endswith("}?"):
        body = body[:-1]  # `${x}?.Name`: the parser saw `${x?}` (see grammar_gaps.py)
    if body.startswith("{") and body.endswith("}"):
        body = body[1:-1]
    scope, separator, name = body.partition(":")
    if separator and scope and name:
        return scope.lower(), name.lower(), splat
    return "", body.lower(), splat


def first_of_kinds(children: list[Node], *kinds: str) -> list[Node | None]:
    """The first of `children` of each of `kinds` (None where there is none), in one pass: each read of a node's
    children or type builds new objects, and a function or parameter asks for several kinds."""
    found: dict[str, Node | None] = dict.fromkeys(kinds)
    for child in children:
        kind = child.type
        if kind in found and found[kind] is None:
            found[kind] = child
    return [found[kind] for kind in kinds]


def build_attribute(tree: ScriptTree, node: Node, children: list[Node] | None = None) -> Attribute | None:
    """`[Name(…)]`; None for a bare type constraint like `[string]`. (`children`: the node's named children,
    when the caller has them already: each read of a node's children builds new node objects.)"""
    name_node, holder = first_of_kinds(node.named_children if children is None else children,
                                       "attribute_name", "attribute_arguments")
    if name_node is None:
        return None
    arguments: dict[str, str] = {}
    positional: list[str] = []
    for argument in holder.named_children if holder is not None else ():
        if argument.type != "attribute_argument":
            continue
        parts = argument.named_children
        if parts and parts[0].type == "simple_name":
            key = tree.text_of(parts[0]).lower()
            # `Mandatory` alone means `Mandatory = $true`.
            arguments[key] = tree.text_of(parts[-1]) if len(parts) > 1 else "$true"
        else:
            positional.append(tree.text_of(argument))
    return Attribute(name=tree.text_of(name_node), arguments=arguments, positional=tuple(positional))


def _attribute_parts(tree: ScriptTree, attribute_list: Node | None) -> tuple[tuple[Attribute, ...], str | None, int]:
    """Attributes of an attribute_list, the last type constraint in it (without brackets) and how many type
    constraints it has, in one pass over its children."""
    attributes: list[Attribute] = []
    type_name = None
    constraints = 0
    for node in attribute_list.named_children if attribute_list is not None else ():
        if node.type != "attribute":
            continue
        children = node.named_children
        literal = children[0] if children else None
        if literal is not None and literal.type == "type_literal":
            type_name = tree.text_of(literal)[1:-1].strip()
            constraints += 1
            continue
        attribute = build_attribute(tree, node, children)
        if attribute is not None:
            attributes.append(attribute)
    return tuple(attributes), type_name, constraints


def build_parameters(tree: ScriptTree, node: Node, owner: str | None) -> list[Parameter]:
    """A `script_parameter` node as one Parameter, or several when the grammar merged them.

    tree-sitter-pwsh reads `param($a = 1, $b)` (on one line) as $a with the default `1, $b`.
    PowerShell never allows a bare comma in a default, so every item after the first of such
    a list is another parameter declaration.
    """
    variable, attribute_list, default, swallowed = _parameter_parts(tree, node)
    if variable is None:
        return []
    attributes, type_name, constraints = _attribute_parts(tree, attribute_list)
    original = tree.text_of(variable).lstrip("$").strip("{}")
    parameters = [Parameter(start=variable.start_byte, end=variable.end_byte, tree=tree, name=original,
                            type_name=type_name, attributes=attributes, default=default, owner=owner,
                            type_constraints=constraints, declaration_start=node.start_byte)]
    for item in swallowed:
        parameter = _declared_in_expression(tree, unwrap(item), owner)
        if parameter is not None:
            parameters.append(parameter)
    return parameters


def _parameter_parts(tree: ScriptTree, node: Node) -> tuple[Node | None, Node | None, str | None, list[Node]]:
    """A `script_parameter`'s variable, attribute list, default text and the items its default swallowed (see
    `build_parameters`); the children are read once, keeping the first of each kind."""
    variable, attribute_list, default_node = first_of_kinds(
        node.named_children, "variable", "attribute_list", "script_parameter_default")
    default = None
    swallowed: list[Node] = []
    if variable is not None and default_node is not None and default_node.named_child_count:
        value = default_node.named_child(default_node.named_child_count - 1)
        if value.type == "array_literal_expression" and value.named_child_count > 1:
            first, *swallowed = value.named_children
            default = tree.text_of(first)
        else:
            default = tree.text_of(value)
    return variable, attribute_list, default, swallowed


def parameter_defaults(tree: ScriptTree) -> list[tuple[str, int, str]]:
    """(name as written, end of its variable, default text) of each parameter of `tree.parameters()` that has a
    default, in that order. Read from the nodes unless the functions are built already: their attributes, help
    and parameters without a default are not needed for this (a folded tree is asked nothing else about them)."""
    if tree.has_cached("functions"):
        return [(p.name, p.end, p.default) for p in tree.parameters() if p.default]
    found = [(p.name, p.end, p.default) for p in tree.script_parameters() if p.default]
    for node in tree.nodes("function"):
        _children, _name, declaration, block, _opener = _function_parts(node)
        holder = declaration if declaration is not None else block
        parameter_list = next((child for child in holder.named_children if child.type == "parameter_list"),
                              None) if holder is not None else None
        for child in parameter_list.named_children if parameter_list is not None else ():
            if child.type == "script_parameter":
                variable, _attributes, default, _swallowed = _parameter_parts(tree, child)
                if variable is not None and default:
                    found.append((tree.text_of(variable).lstrip("$").strip("{}"), variable.end_byte, default))
    return found


def _declared_in_expression(tree: ScriptTree, node: Node, owner: str | None) -> Parameter | None:
    """`$name` or `[type]$name` (as an expression) read back as a parameter declaration."""
    type_name = None
    while node.type in ("expression_with_unary_operator", "cast_expression", "unary_expression"):
        if node.type == "cast_expression":
            type_name = tree.text_of(node.named_child(0))[1:-1].strip()
            node = node.named_child(node.named_child_count - 1)
        elif node.named_child_count == 1:
            node = node.named_child(0)
        else:
            return None
    if node.type != "variable":
        return None
    return Parameter(**tree.span_of(node), name=tree.text_of(node).lstrip("$").strip("{}"), type_name=type_name,
                     attributes=(), default=None, owner=owner)


def parameters_of(tree: ScriptTree, holder: Node | None, owner: str | None) -> tuple[Parameter, ...]:
    """Parameters of a param_block or function_parameter_declaration."""
    if holder is None:
        return ()
    parameter_list = next((child for child in holder.named_children if child.type == "parameter_list"), None)
    if parameter_list is None:
        return ()
    return tuple(
        parameter
        for child in parameter_list.named_children
        if child.type == "script_parameter"
        for parameter in build_parameters(tree, child, owner)
    )


def _param_block_among(children: list[Node]) -> Node | None:
    """A function's param block among the function node's children; looks inside ERROR children too, where
    tree-sitter-pwsh puts `param(…)` followed by a named block on the same line."""
    for child in children:
        if child.type in ("script_block", "ERROR"):
            # A body's param block is its first child (always, in the corpus): asked first, it spares building
            # the body's other children; anywhere else it is still found by the walk.
            first = child.child(0)
            if first is not None and first.type == "param_block":
                return first
            block = next((part for part in child.children if part.type == "param_block"), None)
            if block is not None:
                return block
    return None


# `$name = …` (or `+=`, `??=`, …), the common assignment, as the parser read it: a target that lexes as one
# `variable` token, the operator, and the value starting on the same line. Read from the bytes, it costs no
# walk over the target's wrapper nodes nor any child node.
_PLAIN_ASSIGNMENT = re.compile(rb"(\$\w+)[ \t]*([-+*/%]?=|\?\?=)[ \t]*(?=[^\s`])")
_PLAIN_VARIABLE = re.compile(rb"\$\w+")
_OPERATORS = {operator.encode(): operator for operator in ("=", "+=", "-=", "*=", "/=", "%=", "??=")}


def build_assignments(tree: ScriptTree, nodes: list[Node]) -> tuple[list[Assignment], set[int], list[Node]]:
    """Assignments of the `assignment_expression` nodes (in their order), the start bytes of their plain variable
    targets, and the nodes but those of the common `$name = value` (their targets may be casts, members,
    indexes, lists, literals…).

    One loop with the common `$name = …` inline: a 1 MiB script can hold 190,000 assignments, and a call and a
    result tuple per assignment cost as much as reading it."""
    assignments: list[Assignment] = []
    targets: set[int] = set()
    other_targets: list[Node] = []
    source, parsed = tree.source, tree.parsed
    as_written = parsed is source  # no grammar gap was rewritten: a name read from `parsed` is the written one
    plain_assignment = _PLAIN_ASSIGNMENT.match
    # A script assigns the same few names again and again: each target's spelling is decoded and named once (for
    # this call only), and the operators' text is looked up.
    names_of: dict[bytes, tuple[str, str, str | None]] = {}
    operators = _OPERATORS
    for node in nodes:
        if node.child_count != 3:
            other_targets.append(node)
            continue
        start, end = node.start_byte, node.end_byte  # the target opens the assignment, the value closes it
        plain = plain_assignment(parsed, start)
        if plain is None:  # any other shape, read from the nodes; the refused-target rule looks at these
            other_targets.append(node)
            built = _build_assignment(tree, node)
            if built is not None:
                assignments.append(built[0])
                if built[1] >= 0:
                    targets.add(built[1])
            continue
        written = source[start : plain.end(1)]
        named = names_of.get(written)
        if named is None:
            target = written.decode("utf-8", "replace")
            if as_written or _PLAIN_VARIABLE.fullmatch(written):
                named = names_of[written] = (target, "", target[1:].lower())
            else:  # rewritten for the parser (grammar_gaps.py): named from the text as written
                scope, variable, _ = split_variable(target)
                named = names_of[written] = (target, scope, variable)
        target, scope, variable = named
        operator = plain.group(2)
        assignments.append(plain_variable_assignment(tree, start, end, target, variable, scope,
                                                     operators.get(operator) or operator.decode(), plain.end(), node))
        targets.add(start)
    return assignments, targets, other_targets


def _build_assignment(tree: ScriptTree, node: Node) -> tuple[Assignment, int] | None:
    """An assignment of three children read from its nodes, and the start byte of its target variable (-1 when
    not a plain variable)."""
    left, operator, value = node.children
    if left.type != "left_assignment_expression":
        return None
    target = unwrap(left.named_child(0)) if left.named_child_count else left
    cast = ""
    if target.type == "expression_with_unary_operator" and target.named_child_count == 1:
        target = target.named_child(0)
    if target.type == "cast_expression":
        cast = tree.text_of(target.named_child(0)).lower()
        target = unwrap(target.named_child(target.named_child_count - 1))
    variable = scope = None
    variable_start = -1
    if target.type == "variable":
        scope, variable, _ = split_variable(tree.text_of(target))
        variable_start = target.start_byte
    assignment = Assignment(
        start=node.start_byte, end=node.end_byte, tree=tree, target=tree.text_of(left), variable=variable,
        scope=scope or "", operator=tree.text_of(operator), value_start=value.start_byte, value_end=value.end_byte,
        cast=cast, node=node,
    )
    return assignment, variable_start


def assignment_value_kind(cast: str, value: Node) -> str:
    """Kind of an assigned value; a cast on the target (`[string[]]$x = …`) overrides it."""
    kind = value_kind(value)
    if cast.endswith("[]]") or cast in ("[array]", "[system.array]"):
        return "array"
    if cast in ("[string]", "[system.string]") and kind not in ("array", "list"):
        return "string"
    return kind


def build_variable(tree: ScriptTree, node: Node, targets: frozenset[int]) -> VariableRef:
    start, end = node.start_byte, node.end_byte
    raw = tree.source[start:end]
    if raw[:1] == b"$" and b":" not in raw and b"{" not in raw:
        # Fast path for the common plain `$name`.
        return VariableRef(raw[1:].decode("utf-8", "replace").lower(), "", start, end, start in targets, False)
    scope, name, splat = split_variable(raw.decode("utf-8", "replace"))
    return VariableRef(name, scope, start, end, start in targets, splat)


@dataclass(frozen=True, slots=True)
class _Range:
    start: int
    end: int


def _function_parts(node: Node) -> tuple[list[Node], Node | None, Node | None, Node | None, Node | None]:
    """A function node's children, name, `($a)` parameter declaration, param block and opening `{`. The children
    are read once (each read builds new node objects), keeping the first of each kind."""
    children = node.children
    name_node, declaration, opener = first_of_kinds(children, "function_name", "function_parameter_declaration", "{")
    return children, name_node, declaration, _param_block_among(children), opener


def build_functions(tree: ScriptTree) -> tuple[FunctionDef, ...]:
    """Function, filter and workflow definitions with parameters, attributes and comment help."""
    drafts = []
    for node in tree.nodes("function"):
        children, name_node, declaration, block, opener = _function_parts(node)
        holder = declaration if declaration is not None else block
        name = tree.text_of(name_node) if name_node is not None else ""
        attribute_list = None
        if block is not None:
            attribute_list = next((c for c in block.named_children if c.type == "attribute_list"), None)
        drafts.append((node, name, parameters_of(tree, holder, name), _attribute_parts(tree, attribute_list)[0],
                       opener.start_byte if opener is not None else node.end_byte, declaration is not None,
                       children[0]))
    nesting = IntervalIndex([_Range(node.start_byte, node.end_byte) for node, *_ in drafts])
    blocks = [block for block in tree.comment_blocks() if block.help is not None]
    starts = [block.start for block in blocks]
    functions = []
    for node, name, parameters, attributes, body_start, inline, keyword in drafts:
        help_block = _function_help(tree, node, body_start, blocks, starts, nesting)
        functions.append(FunctionDef(
            **tree.span_of(node), name=name, keyword=tree.text_of(keyword).lower(), parameters=parameters,
            attributes=attributes, body_start=body_start, body_end=node.end_byte,
            help=help_block.help if help_block is not None else None, inline_parameters=inline, node=node))
    return tuple(functions)


def _function_help(tree: ScriptTree, node: Node, body_start: int, blocks: list[CommentBlock], starts: list[int],
                   nesting: IntervalIndex[_Range]) -> CommentBlock | None:
    """Help inside the body (not in a nested function) or directly above the definition."""
    index = bisect_left(starts, body_start)
    while index < len(blocks) and blocks[index].start < node.end_byte:
        holder = nesting.innermost(blocks[index].start)
        if holder is not None and holder.start == node.start_byte:
            return blocks[index]
        index += 1
    before = bisect_left(starts, node.start_byte) - 1
    if before >= 0 and blocks[before].end <= node.start_byte:
        block = blocks[before]
        between = tree.source[block.end : node.start_byte]
        # At most one blank line may separate help from its function.
        if not between.strip() and between.count(b"\n") <= 2:
            return block
    return None


def find_script_help(tree: ScriptTree) -> CommentHelp | None:
    """The first help block outside every function and not attached to one."""
    functions = IntervalIndex([_Range(f.start, f.end) for f in tree.functions()])
    taken = {(f.help.line, f.help.end_line) for f in tree.functions() if f.help is not None}
    for block in tree.comment_blocks():
        help_ = block.help
        if help_ is not None and (help_.line, help_.end_line) not in taken and not functions.contains(block.start):
            return help_
    return None


# What may precede a script's param block: comments, `#Requires` lines and `using` statements.
_BEFORE_PARAM_BLOCK = frozenset({"comment", "requires_directive_list", "using_directive_list"})


def script_parameters(tree: ScriptTree) -> tuple[Parameter, ...]:
    """Parameters of the script's own param block: the first thing in the file after comments.

    When the file is broken the block may sit inside a leading ERROR node; a param block that
    follows a `function` keyword belongs to a function whose braces did not close.
    """
    node = tree.root
    while True:
        first = next((child for child in node.children if child.type not in _BEFORE_PARAM_BLOCK), None)
        if first is None:
            return ()
        if first.type == "param_block":
            return parameters_of(tree, first, None)
        if first.type != "ERROR" or first is node:
            return ()
        node = first


def script_block_parameters(tree: ScriptTree) -> tuple[Parameter, ...]:
    """Parameters of `{ param(…) … }` script blocks (Invoke-Command, Start-Job, ForEach-Object -Parallel bodies)."""
    found: list[Parameter] = []
    if not tree.mentions(b"param"):
        return ()
    for node in tree.nodes("script_block_expression"):
        if not tree.range_mentions(node.start_byte, node.end_byte, (b"param",)):
            continue  # reading a node's children costs; most script blocks have no param block
        # `{ param($a) $a }` on one line: tree-sitter-pwsh puts the param block beside the script_block, not in it.
        holders = [node] + [child for child in node.children if child.type == "script_block"]
        block = next((child for holder in holders for child in holder.children if child.type == "param_block"), None)
        found.extend(parameters_of(tree, block, None))
    return tuple(found)


def variable_reads(tree: ScriptTree, targets: frozenset[int]) -> tuple[list[int], list[str]]:
    """Start offsets and lower-case names of variables that are read (not assignment targets).

    Kept as two flat lists: "which names are read inside this function" is asked for every
    function and must not cost an object per variable.
    """
    source = tree.source
    starts: list[int] = []
    names: list[str] = []
    # A script reads the same few variables again and again: each spelling is decoded and named once (for this
    # call only).
    name_of: dict[bytes, str] = {}
    for node in tree.nodes("variable"):
        start = node.start_byte
        if start in targets:
            continue
        raw = source[start : node.end_byte]
        name = name_of.get(raw)
        if name is None:
            if b":" in raw or b"{" in raw:
                name = split_variable(raw.decode("utf-8", "replace"))[1]
            else:
                name = raw[1:].decode("utf-8", "replace").lower()
            name_of[raw] = name
        starts.append(start)
        names.append(name)
    return starts, names
