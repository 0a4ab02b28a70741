"""PSParseError for a variable followed by a colon inside an expandable string ("Patch $Wave: done") or as a
command argument (`Write-Output $server: done`).

PowerShell's tokenizer reads `$name:` as the start of a drive- or scope-qualified name (`$env:PATH`,
`$script:x`); when the character after the colon cannot continue a variable name it reports
InvalidVariableReferenceWithDrive at `$name:`, and the whole script fails to parse. tree-sitter-pwsh ends the
variable before the colon and accepts the string. `${name}:`, `$($name):`, `$name :` and `$name::` are fine.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from psscript_graphql.analyzer.findings import Category, Finding, Severity
from psscript_graphql.analyzer.model import Span
from psscript_graphql.analyzer.parse import ScriptTree

Node = Any

_EXPANDABLE = ("expandable_string_literal", "expandable_here_string_literal")


def _continues_name(char: str) -> bool:
    """A character the tokenizer takes into a variable name (letters, digits, `_`, `?`)."""
    return char.isalnum() or char in "_?"


def _command_argument(node: Node) -> bool:
    """A variable written as a command argument (`Write-Output $server: done`), which the tokenizer scans alike."""
    holder = node.parent
    return node.type == "unary_expression" and holder is not None and holder.type == "command_elements"


def _starts_scanned_name(first: bytes) -> bool:
    """A variable the tokenizer scans as a name (`$x`, `$_`, `$é`), not a one-character token (`$?`, `$$`, `$^`)."""
    return first[:1].isalnum() or first == b"_" or first[:1] >= b"\x80"


# A variable glued to a colon that no name character follows (`$Wave: `, `$server:"`); a literal-first scan,
# so a script's variables are not visited one by one.
_VARIABLE_THEN_COLON = re.compile(rb"\$\w+:(?![\w?:])")


def _variables_before_a_colon(tree: ScriptTree) -> Iterator[Node]:
    for found in _VARIABLE_THEN_COLON.finditer(tree.source):
        node = tree.root.descendant_for_byte_range(found.start(), found.start() + 1)
        while node is not None and node.type != "variable" and node.end_byte <= found.end():
            node = node.parent
        if node is not None and node.type == "variable":
            yield node


def report_variable_colon_in_string(tree: ScriptTree) -> Iterator[Finding]:
    """PSParseError at `$name:` in an expandable string when the colon is followed by no name character."""
    source = tree.source
    for variable in _variables_before_a_colon(tree):
        parent = variable.parent
        if parent is None or not (parent.type in _EXPANDABLE or _command_argument(parent)):
            continue
        raw = source[variable.start_byte : variable.end_byte]
        text = raw.lstrip()  # in a here-string the grammar starts a line's first variable at the line break
        start = variable.start_byte + len(raw) - len(text)
        if not text.startswith(b"$") or b":" in text or not _starts_scanned_name(text[1:2]):
            continue  # `${x}`, a qualified name, and `$?`/`$$`/`$^` (single-character tokens) end before the colon
        after = source[variable.end_byte : variable.end_byte + 8].decode("utf-8", "replace")
        if not after.startswith(":") or after.startswith("::"):
            continue
        if len(after) > 1 and _continues_name(after[1]):
            continue  # `$c:file` is a drive-qualified name; PowerShell reads it whole
        where = Span(start=start, end=variable.end_byte + 1, tree=tree)  # PowerShell's extent has the colon
        yield Finding.at(where, rule="PSParseError", severity=Severity.ERROR,
                         message="Variable reference is not valid. ':' was not followed by a valid variable name "
                                 "character. Consider using ${} to delimit the name.",
                         hint=f"Write ${{{text[1:].decode('utf-8', 'replace')}}}: or $({text.decode('utf-8', 'replace')}):"
                              " so the colon is text.",
                         category=Category.PARSE)
