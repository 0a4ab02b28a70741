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
from psscript_graphql.analyzer.tokens import code_tokens, open_braces, ternary_question_mark

# A here-string header: `@"` or `@'` with nothing but blanks after it on its line.
_HERE_STRING_HEADER = re.compile(rb"@([\"'])[ \t]*\r?\n")


# A here-string's footer starts its line; with blanks before it, it is a false footer.
_FOOTERS = {quote: (re.compile(rb"(?m)^" + quote + rb"@"), re.compile(rb"(?m)^[ \t]+" + quote + rb"@"))
            for quote in (b'"', b"'")}
# How far past an unclosed `(` its stop is looked for: a broken region of a large script must not cost a
# scan of the rest of the file each (beyond this the error stays at the region).
MAX_STOP_DISTANCE = 100_000


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
    footer, false_footer = _FOOTERS[header.group(1)]
    if footer.search(source, header.end()) is not None:
        return None  # closed: the region is broken for another reason
    indented = false_footer.search(source, header.end())
    if indented is not None:
        offset = indented.end() - 2
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


_OPENERS = frozenset({b"{", b"(", b"@(", b"$("})
_CLOSERS = frozenset({b"}", b")"})
_NEWLINES = frozenset({b"\n", b"\r\n"})
_CONDITION_KEYWORDS = frozenset({b"if", b"elseif", b"while"})


def unclosed_parenthesis(tree: ScriptTree, region: ErrorRegion) -> Placed | None:
    """An `@(`/`$(` or an `if`/`elseif`/`while` condition's `(` in the region that is never closed. PowerShell
    reports it at the token where its statement list (subexpression) or pipeline (condition) stopped: for a
    subexpression the first `}` it cannot take; for a condition the token after the pipeline's end, past blank
    lines and comments (MissingEndParenthesisInSubexpression / MissingEndParenthesisAfterStatement)."""
    source = tree.source
    previous = b""
    for kind, start, text in code_tokens(source, region.start, region.end):
        if kind == "unclosed":
            return None
        if kind == "op" and text in (b"@(", b"$("):
            stop = _subexpression_stop(source, start + 2)
        elif kind == "op" and text == b"(" and previous.lower() in _CONDITION_KEYWORDS:
            # `if`/`elseif` report at the token where `)` was expected, `while` right after its condition.
            stops = _condition_stop(source, start + 1)
            stop = None if stops is None else stops[1] if previous.lower() == b"while" else stops[0]
        else:
            stop = None
        if stop is not None:
            return Placed(stop, f"The '{text.decode()}' here is not closed with ')' before this point.")
        if kind != "continuation":
            previous = text
    return None


def _subexpression_stop(source: bytes, start: int) -> int | None:
    """Where a subexpression's statement list stops when it is not closed: the first `}` (or the end of the
    file) it cannot take; None when a `)` closes it or the text cannot be followed."""
    opened: list[bytes] = []
    for kind, offset, text in code_tokens(source, start, min(len(source), start + MAX_STOP_DISTANCE)):
        if kind == "unclosed":
            return None
        if kind == "op" and text in _OPENERS:
            opened.append(text)
        elif kind == "op" and text in _CLOSERS:
            if not opened:
                return None if text == b")" else offset
            if not _matches(opened.pop(), text):
                return None  # another bracket is broken too: too tangled to place
    if opened or start + MAX_STOP_DISTANCE < len(source):
        return None  # another bracket inside is unclosed too, or not followed to its end: stays at the region
    return len(source)  # the end of the file: PowerShell's end-of-input token


def _matches(opener: bytes, closer: bytes) -> bool:
    return (opener == b"{") == (closer == b"}")


def _condition_stop(source: bytes, start: int) -> tuple[int, int] | None:
    """(the token where PowerShell looks for a condition's `)`, the end of the condition's pipeline) when the
    pipeline inside ends without one; None when it is closed. A pipeline starting with a command reads
    `{ … }` as an argument and ends at a newline; one starting with an expression ends at a `{` too. A newline
    after `|`, `,` or an operator continues it."""
    opened: list[bytes] = []
    command_mode, previous, previous_kind, previous_end = None, b"", "", start
    tokens = code_tokens(source, start, min(len(source), start + MAX_STOP_DISTANCE))
    for kind, offset, text in tokens:
        if kind == "unclosed":
            return None
        if kind == "continuation":
            continue
        if not opened:
            if command_mode is None and text not in _NEWLINES:
                command_mode = kind == "word"
            continues = previous in (b"|", b",", b"") or (previous_kind == "param" and not command_mode)
            if text in _NEWLINES and not continues:
                following = next((o for k, o, t in tokens if t not in _NEWLINES and k != "continuation"), len(source))
                return following, previous_end
            if text == b")":
                return None
            if text == b"}" or (text == b"{" and not command_mode) or text == b";":
                return offset, previous_end
            if text == b"|":
                command_mode = True
        if kind == "op" and text in _OPENERS:
            opened.append(text)
        elif kind == "op" and text in _CLOSERS and not _matches(opened.pop(), text):
            return None  # another bracket is broken too: too tangled to place
        if text not in _NEWLINES:
            previous, previous_kind, previous_end = text, kind, offset + len(text)
    if opened or start + MAX_STOP_DISTANCE < len(source):
        return None  # another bracket inside is unclosed too, or not followed to its end: stays at the region
    return len(source), previous_end  # the end of the file: PowerShell's end-of-input token


_BRANCH_STOPS = frozenset({b";", b"|", b"}", b"||", b"&&"})
_MISSING_COLON = "The ternary expression is missing ':' and its false branch (`condition ? if-true : if-false`)."


def missing_ternary_colon(tree: ScriptTree, region: ErrorRegion) -> Placed | None:
    """A region holding a ternary's `?` whose true branch ends its line with no `:` after it
    (`$replicas = $isProd ? 3`): PowerShell skips the newlines after the branch and reports
    MissingColonInTernaryExpression at the next token (the next line's first, or the end of the file); a `:`
    starting a later line continues the ternary and is no error."""
    source = tree.source
    tokens = code_tokens(source, region.start, min(len(source), region.start + MAX_STOP_DISTANCE))
    for kind, offset, text in tokens:
        if offset >= region.end or kind == "unclosed":
            return None
        if text == b"?" and ternary_question_mark(source, offset):
            break
    else:
        return None
    depth, branch = 0, False
    for kind, offset, text in tokens:
        if kind in ("unclosed", "continuation") or (depth == 0 and text in _BRANCH_STOPS) or b":" in text[:1]:
            return None  # a colon on the line, or more than a branch: another shape
        if depth == 0 and text in _NEWLINES:
            if not branch:
                return None  # `$x ?` with the branch on the next line
            following = next(((o, t) for k, o, t in tokens if t not in _NEWLINES), (len(source), b""))
            if following[1][:1] == b":":
                return None
            return Placed(following[0], _MISSING_COLON)
        if kind == "op" and text in _OPENERS:
            depth += 1
        elif kind == "op" and text in _CLOSERS:
            depth -= 1
            if depth < 0:
                return None
        branch = True
    if branch and depth == 0 and region.start + MAX_STOP_DISTANCE >= len(source):
        return Placed(len(source), _MISSING_COLON)
    return None
