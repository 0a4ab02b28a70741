"""The script blocks of a script, as PowerShell's parser makes them (ScriptBlockAst): function and
filter bodies, `{ … }` literals (Pester's BeforeAll/It blocks, psake's Properties/Task blocks,
ForEach-Object and Invoke-Command blocks, a Configuration and its Node blocks) and class method bodies.

PSScriptAnalyzer's PSUseDeclaredVarsMoreThanAssignments judges each script block on its own: an
assignment made in a block must be read in that block or in a block nested in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from psscript_graphql.analyzer.intervals import IntervalIndex
from psscript_graphql.analyzer.parse import ScriptTree

_CLASS = re.compile(rb"(?i)\bclass[ \t]+\w+")
_NAMED_BLOCKS = frozenset({"begin", "process", "end", "clean", "dynamicparam"})
_NAMED_BLOCK_WORDS = tuple(name.encode() for name in _NAMED_BLOCKS)


@dataclass(frozen=True, slots=True)
class ScriptBlock:
    """Bytes [start, end) of a script block, from its `{` to its end."""

    start: int
    end: int


def script_blocks(tree: ScriptTree) -> IntervalIndex[ScriptBlock]:
    """Every script block but the script's own (which holds everything), nested like the tree (cached per tree)."""
    return tree.cached("script_blocks", lambda: IntervalIndex(_collect(tree)))


def _collect(tree: ScriptTree) -> list[ScriptBlock]:
    blocks = [ScriptBlock(function.body_start, function.end) for function in tree.functions()]
    blocks += [ScriptBlock(node.start_byte, node.end_byte) for node in tree.nodes("script_block_expression")
               if not _is_named_block(tree, node)]
    if tree.mentions(b"class"):
        blocks += _method_bodies(tree)
    return blocks


def _is_named_block(tree: ScriptTree, node: Any) -> bool:
    """`begin { … }` / `process { … }` / `end { … }` at a script's top level, which the grammar reads as a command
    with a script block argument: for PowerShell they are the script's named blocks, parts of its own block."""
    before = tree.lower[max(0, node.start_byte - 40) : node.start_byte].rstrip()
    if not before.endswith(_NAMED_BLOCK_WORDS):  # a byte test first: most blocks follow no such word
        return False
    elements = node.parent.parent if node.parent is not None else None
    command = elements.parent if elements is not None and elements.type == "command_elements" else None
    if command is None or command.type != "command" or elements.named_child_count > 2:
        return False
    name = command.child_by_field_name("command_name") or command.named_child(0)
    return name is not None and tree.text_of(name).lower() in _NAMED_BLOCKS


def _method_bodies(tree: ScriptTree) -> list[ScriptBlock]:
    bodies: list[ScriptBlock] = []
    seen: set[int] = set()
    for match, _ in tree.search(_CLASS, needles=(b"class",)):
        node = tree.root.descendant_for_byte_range(match.start(), match.end())
        while node is not None and node.type != "class_statement":
            node = node.parent
        if node is None or node.start_byte in seen:
            continue
        seen.add(node.start_byte)
        for member in node.named_children:
            if member.type == "class_method_definition":
                opener = next((child for child in member.children if child.type == "{"), None)
                if opener is not None:
                    bodies.append(ScriptBlock(opener.start_byte, member.end_byte))
    return bodies
