"""Where PowerShell's own parser reports an error that tree-sitter-pwsh reports elsewhere.

tree-sitter marks the text it could not read; PowerShell reports one position per error, and for
some errors that is not where the unreadable text starts: a here-string without its footer is
reported at the first footer written with whitespace before it (the tokenizer's
WhitespaceBeforeHereStringFooter), and a pipeline ending in `|` right after the pipe
(EmptyPipeElement), a parameter list missing a comma after its last good parameter and the errors that
follow from it. Each function here answers for one error region.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

import tree_sitter

from psscript_graphql.analyzer.grammar_gaps import parser_input
from psscript_graphql.analyzer.findings import Category, Finding, Severity
from psscript_graphql.analyzer.model import ErrorRegion, Span
from psscript_graphql.analyzer.parse import ScriptTree, language
from psscript_graphql.analyzer.tokens import closing_brace, code_tokens, open_braces

# A here-string header: `@"` or `@'` with nothing but blanks after it on its line.
_HERE_STRING_HEADER = re.compile(rb"@([\"'])[ \t]*\r?\n")


# A here-string's footer starts its line; with blanks before it, it is a false footer.
_FOOTERS = {quote: (re.compile(rb"(?m)^" + quote + rb"@"), re.compile(rb"(?m)^[ \t]+" + quote + rb"@"))
            for quote in (b'"', b"'")}
# How far past an unclosed `(` its stop is looked for: a broken region of a large script must not cost a
# scan of the rest of the file each (beyond this the error stays at the region).
MAX_STOP_DISTANCE = 100_000


CONFIRM_HINT = "Fix the construct; run the script through the PowerShell parser to confirm."


@dataclass(frozen=True, slots=True)
class FollowOn:
    """An error PowerShell reports because of a placed one. With `claims_line` the rest of its line is that
    follow-on, and a region tree-sitter reports on the same line is not reported again."""

    offset: int
    message: str
    hint: str = CONFIRM_HINT
    claims_line: bool = False


def unexpected_token(offset: int) -> FollowOn:
    """The token a still-open statement meets where PowerShell expected none (UnexpectedToken)."""
    return FollowOn(offset, "Unexpected token: the statement above was still open here.",
                    "Fix the construct above; this line then parses as it is.", claims_line=True)


@dataclass(frozen=True, slots=True)
class Placed:
    """Where PowerShell reports a region's error, what it says, and whether the rest of the file is swallowed."""

    offset: int
    message: str
    to_end_of_file: bool = False
    string_start: int = 0  # with to_end_of_file: where the string that swallows the rest starts
    also: tuple[FollowOn, ...] = ()  # the errors that follow from this one


def unterminated_here_string(tree: ScriptTree, region: ErrorRegion) -> Placed | None:
    """A here-string in the region with no footer at the start of any later line: it runs to the end of the
    file, and PowerShell reports the first indented footer (or, with none, the header)."""
    source = tree.source
    header = _HERE_STRING_HEADER.search(source, region.start, region.end + 2)
    if header is None:
        return None
    footer = _FOOTERS[header.group(1)][0]
    if footer.search(source, header.end()) is not None:
        return None  # closed: the region is broken for another reason
    return _here_string_to_end_of_file(source, header)


def report_open_here_string(tree: ScriptTree) -> Iterator[Finding]:
    """PSParseError: a here-string with no footer, when the script was parsed as PowerShell recovers it
    (here_string_recovery.py), so no error region shows it: MissingEndCurlyBrace at each `{` still open where
    it starts, and the string's own error."""
    open_string = tree.open_here_string
    header = _HERE_STRING_HEADER.match(tree.source, open_string.header) if open_string is not None else None
    if open_string is None or header is None:
        return
    placed = _here_string_to_end_of_file(tree.source, header)
    errors = [*((brace, "The '{' here is never closed with '}'.") for brace in open_string.braces),
              (placed.offset, placed.message)]
    for offset, message in errors:
        yield Finding.at(Span(**tree.span(offset, offset)), rule="PSParseError", severity=Severity.ERROR,
                         message=message, category=Category.PARSE,
                         hint="Start the closing \"@ at the beginning of its line; the string runs to the end.")


def _here_string_to_end_of_file(source: bytes, header: re.Match[bytes]) -> Placed:
    false_footer = _FOOTERS[header.group(1)][1]
    indented = false_footer.search(source, header.end())
    if indented is not None:
        offset = indented.end() - 2
        return Placed(offset, "The here-string's closing \"@ must start at the beginning of its line; with blanks "
                              "before it, the here-string runs to the end of the file.", to_end_of_file=True,
                      string_start=header.start())
    return Placed(header.start(), "The here-string is never closed: its footer must start a line.", to_end_of_file=True,
                  string_start=header.start())


# PowerShell's strings as its tokenizer reads them, across lines: comments (a `#` that starts a token), here-strings,
# single-quoted (`''` an escaped quote), double-quoted (backtick escapes, `""`, a `$(…)` with quotes of its own),
# an escaped character outside strings; a quote none of these takes opens a string that never closes.
_STRING_SCAN = re.compile(
    rb"""<\#.*?\#>|(?:(?<=[\s;|(){}])|^)\#[^\n]*
    |@"[ \t]*\r?\n.*?\r?\n"@|@'[ \t]*\r?\n.*?\r?\n'@
    |'(?:[^']|'')*'
    |"(?:[^"`$]|`.|""|\$\((?:[^()"']|\([^()]*\)|'[^']*'|"[^"]*")*\)|\$)*"|"(?:[^"`]|`.|"")*"
    |`.
    |(?P<open>['"])
    |[^'"\#<@`]+|.""",
    re.VERBOSE | re.DOTALL | re.MULTILINE,
)


@functools.lru_cache(maxsize=1)
def _string_to_end_of_file(source: bytes) -> int | None:
    """Offset of the quote that opens a string PowerShell reads to the end of the file, else None."""
    for match in _STRING_SCAN.finditer(source):
        if match.lastgroup == "open":
            return match.start()
    return None


def unterminated_quote(tree: ScriptTree, region: ErrorRegion) -> Placed | None:
    """A quote on the region's lines that opens a string never closed (`'Server isn't reachable'`: the quote
    after `reachable` opens one): the string runs to the end of the file, and PowerShell reports
    TerminatorExpectedAtEndOfString at that quote. The quote may be on a later line of the region: an earlier
    string (`$name = 'server01` … `Write-Output 'done'`) then took the text up to another quote, which PowerShell
    reads as one string, and the error is where the string that is never closed starts."""
    quote = _string_to_end_of_file(tree.source)
    source = tree.source
    line_start = source.rfind(b"\n", 0, region.start) + 1
    line_end = source.find(b"\n", max(region.end - 1, region.start))
    if quote is None or not line_start <= quote <= (len(source) if line_end < 0 else line_end):
        return None
    return Placed(quote, "The string that starts here is never closed: it runs to the end of the file.",
                  to_end_of_file=True, string_start=quote)


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


_EXPRESSION_STARTS = frozenset({"variable", "string", "here", "type"})
_EXPRESSION_OPENERS = frozenset({b"(", b"@(", b"$("})
_NUMBER = re.compile(rb"\d")


def _only_line_breaks(source: bytes, start: int, end: int) -> bool:
    """Whether source[start:end] holds nothing but blanks, line breaks and comments."""
    return all(text in _NEWLINES for _kind, _start, text in code_tokens(source, start, end))


def expression_after_pipe(tree: ScriptTree, region: ErrorRegion) -> Placed | None:
    """A `|` on the region's lines followed (on its line or, past line breaks and comments, a later one) by an
    expression rather than a command — `Get-ChildItem |` then `$_.BaseName`, `Get-Item x | "y"`: PowerShell's
    ExpressionsMustBeFirstInPipeline, at that expression. tree-sitter-pwsh breaks there in several ways (an
    ERROR region ending at the pipe, a MISSING token after it)."""
    source = tree.source
    line_start = source.rfind(b"\n", 0, region.start) + 1
    line_end = source.find(b"\n", region.start)
    first_line_end = min(region.end, len(source) if line_end < 0 else line_end)  # where tree-sitter broke
    if source.find(b"|", line_start, first_line_end + 1) < 0:
        # A pipe that ends an earlier line, with only blank lines and comments before the region.
        pipe = source.rfind(b"|", max(0, line_start - 2000), line_start)
        if pipe < 0 or not _only_line_breaks(source, pipe + 1, region.start):
            return None  # most regions: no pipe to look past, no tokens to read
        line_start = source.rfind(b"\n", 0, pipe) + 1
    after_pipe = False
    for kind, start, text in code_tokens(source, line_start, min(len(source), first_line_end + MAX_STOP_DISTANCE)):
        if after_pipe:
            if kind == "op" and text in _NEWLINES:
                continue
            if kind in _EXPRESSION_STARTS or (kind == "op" and text in _EXPRESSION_OPENERS) or (
                    kind == "word" and _NUMBER.match(text)):
                return Placed(start, "Expressions are only allowed as the first element of a pipeline: after '|' "
                                     "comes a command.")
            after_pipe = False
        if start > first_line_end or kind == "unclosed":
            return None
        after_pipe = kind == "op" and text == b"|"
    return None


_OPENERS = frozenset({b"(", b"@(", b"$("})
_NUMBER = re.compile(rb"\d")


def _expression_after(source: bytes, offset: int) -> int | None:
    """Where the first token after `offset` (past line breaks and comments) starts, when it begins an expression
    (a variable, a string, a type, a number, a bracket) rather than a command."""
    for kind, start, text in code_tokens(source, offset, min(len(source), offset + MAX_STOP_DISTANCE)):
        if kind == "op" and text in (b"\n", b"\r\n"):
            continue
        if kind in _EXPRESSION_STARTS or (kind == "op" and text in _EXPRESSION_OPENERS) or (
                kind == "word" and _NUMBER.match(text)):
            return start
        return None
    return None


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
    line_start = source.rfind(b"\n", 0, region.start) + 1
    # A region that starts mid-line starts mid-statement: what precedes its first `(` on the line tells whether
    # that is an assignment's expression or a command's argument.
    previous = b""
    for kind, _start, text in code_tokens(source, line_start, region.start):
        previous = text if kind != "continuation" else previous
    for kind, start, text in code_tokens(source, region.start, region.end):
        if kind == "unclosed":
            return None
        if kind == "op" and text in (b"@(", b"$("):
            stop = _subexpression_stop(source, start + 2)
        elif kind == "op" and text == b"(" and previous.lower() in _CONDITION_KEYWORDS:
            # `if`/`elseif` report at the token where `)` was expected, `while` right after its condition.
            stops = _condition_stop(source, start + 1)
            stop = None if stops is None else stops[1] if previous.lower() == b"while" else stops[0]
        elif kind == "op" and text == b"(" and previous in _STATEMENT_STARTS:
            placed = _unclosed_parenthesized_expression(source, start)
            if placed is not None:
                return placed
            stop = None
        else:
            stop = None
        if stop is not None:
            return Placed(stop, f"The '{text.decode()}' here is not closed with ')' before this point.")
        if kind != "continuation":
            previous = text
    return None


# Tokens after which a `(` opens the expression a statement starts with (or assigns): `$x = (…`, `(…` alone.
_STATEMENT_STARTS = frozenset({b"=", b"", b"\n", b"\r\n", b";", b"{"})
# After the parenthesized expression, tokens that end or continue its statement (no UnexpectedToken).
_ENDS_STATEMENT = frozenset({b"}", b")", b";", b"|", b"&&", b"||", b"&"})


def _unclosed_parenthesized_expression(source: bytes, opener: int) -> Placed | None:
    """A statement's `(…` whose pipeline ends at a line break with no `)`: PowerShell reports the missing `)`
    right after the pipeline (MissingEndParenthesisInExpression); having skipped the line breaks looking for
    it, the statement then meets the next line's first token, unexpected unless it ends the statement."""
    stops = _condition_stop(source, opener + 1)
    if stops is None:
        return None
    following, pipeline_end = stops
    token = next(code_tokens(source, following, following + 2), None) if following < len(source) else None
    ends = token is None or token[2] in _ENDS_STATEMENT or token[0] == "param"
    return Placed(pipeline_end, "The '(' here is not closed with ')' after its pipeline.",
                  also=() if ends else (unexpected_token(following),))


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



# A parameter list's `(`: a param block's, or a function's own (`function Copy-Report([string]$Path, …)`).
_PARAMETERS_OPEN = re.compile(rb"(?i)\b(?:param|(?:function|filter)[ \t]+[^\s(){}]+)[ \t]*(?:\r?\n[ \t]*)*\(")


def missing_comma_between_parameters(tree: ScriptTree, region: ErrorRegion) -> Placed | None:
    """`param( [string]$A = 'x' <newline> [switch]$B )` (or a function's own parameter list): a parameter not
    separated from the one before it by a comma. PowerShell ends the parameter list at the last good
    parameter and reports the missing `)` right after it (MissingEndParenthesisInFunctionParameterList); the
    rest is read as statements, so the list's `)` is an unexpected token, every `{` still open there is
    reported unclosed (MissingEndCurlyBrace) and the `}` that closes it later is an unexpected token too."""
    source, lower = tree.source, tree.lower
    window = max(0, region.start - MAX_STOP_DISTANCE)
    keyword = max(lower.rfind(word, window, region.end) for word in (b"param", b"function", b"filter"))
    opener = _PARAMETERS_OPEN.match(source, keyword) if keyword >= 0 else None
    found = _missing_comma(source, opener.end() - 1) if opener is not None else None
    if found is None or not (region.start <= found[1] and found[0] <= region.end):
        return None
    last_end, close = found
    also = [(close, "Unexpected token ')' in expression or statement: the parameter list ended earlier.")]
    for brace in open_braces(source, close):
        also.append((brace, "The '{' here is never closed with '}': the parameter list's ')' ends the block."))
        end = closing_brace(source, brace)
        if end is not None:
            also.append((end, "Unexpected token '}' in expression or statement: its block ended at the ')' above."))
    return Placed(last_end, "Missing ')' in function parameter list: a comma is probably missing between this "
                            "parameter and the next.", also=tuple(FollowOn(*error) for error in sorted(also)))


def _missing_comma(source: bytes, open_paren: int) -> tuple[int, int] | None:
    """(the end of the last good parameter, the list's `)`) when, in the parameter list opened at `open_paren`,
    a line holding a parameter ends without a comma and the next line starts another (`[type]` or `$name`)."""
    depth, holds_variable, previous, previous_kind, previous_end = 0, False, b"(", "op", open_paren + 1
    pending: int | None = None
    found: int | None = None
    for kind, offset, text in code_tokens(source, open_paren + 1, min(len(source), open_paren + MAX_STOP_DISTANCE)):
        if kind == "unclosed":
            return None
        if kind == "continuation":
            continue
        if text in _NEWLINES:
            # A line ending in a comma, `=` or an operator (`+`, `-and`, `|`) continues on the next.
            continues = previous in _CONTINUING or previous_kind == "param"
            if depth == 0 and holds_variable and found is None and not continues:
                pending = previous_end
            holds_variable = holds_variable and depth > 0
            continue
        if depth == 0 and pending is not None:
            found = pending if found is None and (kind in ("type", "variable") or text == b"[") else found
            pending = None
        if kind == "op" and text in _OPENERS:
            depth += 1
        elif kind == "op" and text in _CLOSERS:
            if depth == 0:
                return (found, offset) if found is not None and text == b")" else None
            depth -= 1
        elif depth == 0 and kind == "variable":
            holds_variable = True
        previous, previous_kind, previous_end = text, kind, offset + len(text)
    return None


_CONTINUING = frozenset({b",", b"=", b"|", b"+", b"-", b"*", b"/", b"%", b"??", b"&&", b"||"})
