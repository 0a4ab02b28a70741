"""A here-string whose footer is missing runs to the end of the file, and the rules see the script PowerShell
recovers from that.

PowerShell's tokenizer reads everything after an `@"` (or `@'`) header as the string's text when no line
starts with its footer (one written with blanks before it, `    "@`, is text too), reports the error, and
its parser closes every block still open at the end of the file. PSScriptAnalyzer runs its rules on that
recovered tree: a function around the here-string is still a function. tree-sitter-pwsh instead gives up on
everything from the function's `{` on. So where the parse has errors and such a header exists, the parser is
given the same bytes with the file's last few bytes — string text for PowerShell — replaced by a footer and a
`}` per open block; the errors themselves are reported from `OpenHereString` (rules/parse_error_places.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from psscript_graphql.analyzer.tokens import code_tokens

Node = Any  # tree_sitter.Node

# A here-string header: `@"` or `@'` with nothing but blanks after it on its line.
HEADER = re.compile(rb"@([\"'])[ \t]*\r?\n")
# A footer starts its line.
FOOTERS = {b'"': re.compile(rb'(?m)^"@'), b"'": re.compile(rb"(?m)^'@")}


# How much text before the header is read for the blocks open there: a 1 MiB script with an early error and
# an open here-string at its end keeps the parse it had rather than pay a second scan of all of it.
MAX_SCAN = 256 * 1024


@dataclass(frozen=True, slots=True)
class OpenHereString:
    """A here-string header in code with no footer after it, and the `{`s open where it starts."""

    header: int
    quote: bytes
    braces: tuple[int, ...]
    # The first top-level statement the parse could not read: everything before it was read as code.
    first_error: int = 0


def _last_footer(source: bytes, quote: bytes) -> int:
    """Offset just past the last footer of `quote` here-strings (0 with none): a later header is never closed."""
    position = source.rfind(b"\n" + quote + b"@")
    if position >= 0:
        return position + 3
    return 2 if source.startswith(quote + b"@") else 0


def find_open_here_string(source: bytes, root: Node) -> OpenHereString | None:
    """The first here-string header in code (not in a comment or another string) that no footer closes.
    `root` is the parse with errors: everything before its first top-level statement with an error was read as
    code, so that statement starts outside every block and string and the tokens are read from there."""
    candidates = []
    for quote in (b'"', b"'"):
        header = HEADER.search(source, _last_footer(source, quote))
        while header is not None and header.group(1) != quote:
            header = HEADER.search(source, header.start() + 1)
        if header is not None:
            candidates.append(header.start())
    if not candidates:
        return None
    first = min(candidates)
    # (When the parser could read no statement at all, the root itself is the error.)
    scan_from = 0 if root.is_error else next((child.start_byte for child in root.children if child.has_error),
                                             len(source))
    if scan_from > first or first - scan_from > MAX_SCAN:
        return None  # read as code before any error (no string that never ends), or too far to count blocks
    braces: list[int] = []
    for kind, start, text in code_tokens(source, scan_from, first + 2):
        if start == first:
            # PowerShell's view: `@` then a quote that never closes on its line, i.e. the header is code.
            quote = source[first + 1 : first + 2]
            return OpenHereString(first, quote, tuple(braces), scan_from) if text == b"@" else None
        if start > first:
            return None
        if kind == "unclosed":
            return None  # an unterminated quote before it: what follows is not code
        if kind == "op" and text == b"{":
            braces.append(start)
        elif kind == "op" and text == b"}" and braces:
            braces.pop()
    return None


# What an expandable string's last variable or subexpression reads: `$name`, `${name}`, `$(…)`.
_EXPANSION = re.compile(rb"\$(?:\{[^}]*\}|\((?:[^()]|\([^()]*\))*\)|[\w:?]*)")


def close_open_here_string(source: bytes, parsed: bytes, open_string: OpenHereString) -> bytes | None:
    """`parsed` (the parser's input for `source`) with its last bytes replaced by the here-string's footer and
    a `}` per open block, or None when the string's text is too short to hold them or they would cut into
    what the string reads (a variable, a subexpression, an escape)."""
    tail = b"\n" + open_string.quote + b"@" + b"\n}" * len(open_string.braces) + b"\n"
    cut = len(source) - len(tail)
    if cut < source.find(b"\n", open_string.header) + 1:
        return None
    if open_string.quote == b'"':
        last = source.rfind(b"$", open_string.header)
        expansion = _EXPANSION.match(source, last) if last >= 0 else None
        if (expansion is not None and expansion.end() > cut) or b"`" in source[cut - 1 :]:
            return None
    return parsed[:cut] + tail
