"""Where PowerShell's own parser reports an error that tree-sitter-pwsh reports elsewhere.

tree-sitter marks the text it could not read; PowerShell reports one position per error, and for
some errors that is not where the unreadable text starts: a here-string without its footer is
reported at the first footer written with whitespace before it (the tokenizer's
WhitespaceBeforeHereStringFooter), and a pipeline ending in `|` right after the pipe
(EmptyPipeElement). Each function here answers for one error region.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import tree_sitter

from psscript_graphql.analyzer.grammar_gaps import parser_input
from psscript_graphql.analyzer.model import ErrorRegion
from psscript_graphql.analyzer.parse import ScriptTree, language

# A here-string header: `@"` or `@'` with nothing but blanks after it on its line.
_HERE_STRING_HEADER = re.compile(rb"@([\"'])[ \t]*\r?\n")


@dataclass(frozen=True, slots=True)
class Placed:
    """Where PowerShell reports a region's error, what it says, and whether the rest of the file is swallowed."""

    offset: int
    message: str
    to_end_of_file: bool = False
    string_start: int = 0  # with to_end_of_file: where the string that swallows the rest starts


def unterminated_here_string(tree: ScriptTree, region: ErrorRegion) -> Placed | None:
    """A here-string in the region with no footer at the start of any later line: it runs to the end of the
    file, and PowerShell reports the first indented footer (or, with none, the header)."""
    source = tree.source
    header = _HERE_STRING_HEADER.search(source, region.start, region.end + 2)
    if header is None:
        return None
    quote = re.escape(header.group(1))
    if re.search(rb"(?m)^" + quote + rb"@", source[header.end() :]) is not None:
        return None  # closed: the region is broken for another reason
    indented = re.search(rb"(?m)^[ \t]+" + quote + rb"@", source[header.end() :])
    if indented is not None:
        offset = header.end() + indented.end() - 2
        return Placed(offset, "The here-string's closing \"@ must start at the beginning of its line; with blanks "
                              "before it, the here-string runs to the end of the file.", to_end_of_file=True,
                      string_start=header.start())
    return Placed(header.start(), "The here-string is never closed: its footer must start a line.", to_end_of_file=True,
                  string_start=header.start())


def empty_pipe_element(tree: ScriptTree, region: ErrorRegion) -> Placed | None:
    """A region that is a readable pipeline ending in `|` with no command after it: PowerShell reports the
    empty pipe element right after the pipe."""
    text = tree.source[region.start : region.end].rstrip()
    if not text.endswith(b"|") or text.endswith(b"||"):
        return None
    head = tree_sitter.Parser(language()).parse(parser_input(text[:-1]))
    if head.root_node.has_error:
        return None
    return Placed(region.start + len(text), "An empty pipe element: the line ends with '|' and no command follows.")
