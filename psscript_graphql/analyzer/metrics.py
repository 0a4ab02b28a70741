"""Size and complexity metrics of a script (the `code_complexity_metrics` column).

Cyclomatic complexity = 1 + decision points, where a decision point is an `if`, each `elseif`,
each non-default `switch` clause, each loop (`foreach`, `for`, `while`, `do`), each `catch`,
each `trap`, each ternary `? :`, and each `-and` / `-or`. A function's complexity counts the
decision points inside it but not inside functions nested in it; `script_complexity` counts
those outside every function, `total_complexity` all of them.

Nesting depth counts nested blocks: functions, if/switch/try/trap statements, loops, and
script-block literals (`{ … }` passed to commands).
"""

from __future__ import annotations

from typing import Any

from psscript_graphql.analyzer.intervals import IntervalIndex
from psscript_graphql.analyzer.parse import ScriptTree

DECISION_CAPTURES = ("if", "elseif", "foreach", "for", "while", "do", "catch", "trap", "ternary", "and", "or")
_BLANK_ALL_BUT_NEWLINES = bytes(byte if byte in (10, 13) else 32 for byte in range(256))
NESTING_CAPTURES = (
    "function", "if", "foreach", "for", "while", "do", "switch", "try", "trap", "script_block_expression",
)


def _decision_offsets(tree: ScriptTree) -> list[int]:
    offsets = [node.start_byte for capture in DECISION_CAPTURES for node in tree.nodes(capture)]
    for clause in tree.nodes("switch_clause"):
        condition = clause.named_child(0)
        if condition is None or tree.text_of(condition).strip().lower() != "default":
            offsets.append(clause.start_byte)
    offsets.sort()
    return offsets


def _max_nesting(tree: ScriptTree) -> int:
    # By start, longer first: (start, -end) pairs sort that way without a key function.
    ranges = sorted((node.start_byte, -node.end_byte) for capture in NESTING_CAPTURES for node in tree.nodes(capture))
    deepest = 0
    open_ends: list[int] = []
    for start, negative_end in ranges:
        while open_ends and open_ends[-1] <= start:
            open_ends.pop()
        open_ends.append(-negative_end)
        deepest = max(deepest, len(open_ends))
    return deepest


def _blank_lines(text: bytes) -> int:
    lines = text.split(b"\n")
    if lines[-1] == b"":
        lines.pop()  # the empty "line" after a final newline is not a line
    return list(map(bytes.strip, lines)).count(b"")


def _line_counts(tree: ScriptTree) -> tuple[int, int, int, int]:
    """(total, code, comment, blank) lines; a line with code and a trailing comment is code.

    Comments are blanked out in a copy of the source; lines that become blank only then are
    comment lines.
    """
    source = tree.source
    masked = bytearray(source)
    for comment in tree.comments():
        masked[comment.start : comment.end] = source[comment.start : comment.end].translate(_BLANK_ALL_BUT_NEWLINES)
    total = source.count(b"\n") + (0 if source.endswith(b"\n") or not source else 1)
    blank = _blank_lines(source)
    blank_without_comments = _blank_lines(bytes(masked))
    return total, total - blank_without_comments, blank_without_comments - blank, blank


def code_complexity_metrics(tree: ScriptTree) -> dict[str, Any]:
    """All metrics as a JSON-ready dict."""
    total, code, comment, blank = _line_counts(tree)
    functions = tree.functions()
    index = IntervalIndex(functions)
    per_function = {function.start: 1 for function in functions}
    script_decisions = 0
    decisions = _decision_offsets(tree)
    for offset in decisions:
        owner = index.innermost(offset)
        if owner is None:
            script_decisions += 1
        else:
            per_function[owner.start] += 1
    function_metrics = [
        {
            "name": function.name,
            "line": function.line,
            "lines": tree.position(max(function.start, function.end - 1))[0] - function.line + 1,
            "cyclomatic_complexity": per_function[function.start],
            "parameters": len(function.parameters),
        }
        for function in functions
    ]
    lengths = [entry["lines"] for entry in function_metrics]
    commands = tree.commands()
    return {
        "total_lines": total,
        "code_lines": code,
        "comment_lines": comment,
        "blank_lines": blank,
        "function_count": len(functions),
        "functions": function_metrics,
        "script_complexity": 1 + script_decisions,
        "total_complexity": 1 + len(decisions),
        "max_function_complexity": max((entry["cyclomatic_complexity"] for entry in function_metrics), default=0),
        "max_nesting_depth": _max_nesting(tree),
        "average_function_length": round(sum(lengths) / len(lengths), 1) if lengths else 0.0,
        "parameter_count": len(tree.parameters()),
        "command_count": len(commands),
        "unique_command_count": len({command.resolved_lower for command in commands}),
    }
