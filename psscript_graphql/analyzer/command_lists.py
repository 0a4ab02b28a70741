"""Command-mode comma lists that start with an expression and go on with a bare word.

`Compress-Archive -Path $out, C:\\Temp\\sam.sav` and `Select-Object @{ n = 'S'; e = { 1 } }, Line` are
valid PowerShell (one list argument: the expression, then the word as a string), but tree-sitter-pwsh
only takes bare words in a list that starts with one, and its error recovery swallows the line (a
false PSParseError). Each such word is handed to the parser as a single-quoted string of the same
length, its first and last characters turned into quotes (`':\\Temp\\sam.sa'` over `C:\\Temp\\sam.sav`):
the rules read the original bytes at the node's offsets, and a constant string is what PowerShell
makes of the word.

Only commands are touched (a line's first statement, or one after `|`, `;`, `=`, `{`, `(`, `$(`), never
a hashtable literal: in expression mode (`$x = $a, b`, `return $a, b`, `{ ($_), b }`) a word after a
comma is an error PowerShell reports too. A line after one that ends in a backtick or a comma (and has no comment)
goes on with a command's arguments. A one-character word becomes `0` (a constant as well). A
line with a backtick is left alone, and so is `"a", $dir\\b.log` (not a bare word). Known limit: the
lines are not known to be code, so a line of this shape inside a multi-line single-quoted string gets
a quote that ends that string for the parser (here-strings and double-quoted strings are unharmed).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

# A comma before a word (a regex that starts with a literal is a fast scan), then, looking back, the
# end of an expression (string, variable, bracket) before it: the only lines worth tokenising (most
# lines with commas list strings, or words; `x 1, b` is left to the parser).
_COMMA_THEN_WORD = re.compile(rb",[ \t]*[A-Za-z_.\\/~:*]")
_WORD_BYTES = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_:"  # also `$env:TEMP`
_EXPRESSION_ENDS = frozenset(b"\"')}]")
_TOKEN = re.compile(
    rb"""(?P<ws>[ \t]+)
    |(?P<comment>\#.*)
    |(?P<string>'(?:[^'\n]|'')*'|"(?:[^"\n]|"")*")
    |(?P<open>[@$]?[({\[])
    |(?P<close>[)}\]])
    |(?P<comma>,)
    |(?P<separator>\|\||&&|[|;&])
    |(?P<variable>\$(?:\{[^}\n]*\}|[\w:?^$]+))
    |(?P<word>[^\s,;|&(){}\[\]'"$#]+)
    |(?P<other>.)""",
    re.VERBOSE,
)
_KEYWORDS = frozenset(
    b"if elseif else while until foreach for switch do try catch finally trap function filter workflow "
    b"param return throw exit break continue begin process end clean dynamicparam class enum data "
    b"configuration using".split()
)
_BAREWORD_START = re.compile(rb"[A-Za-z_.\\/~:*]")
_ASSIGNMENT = re.compile(rb"^[-+*/%?]?=$")


def quote_barewords_after_expressions(source: bytes) -> bytes:
    """`source` with each bare word that follows an expression in a command's comma list quoted."""
    edited: bytearray | None = None
    done = -1
    for found in _COMMA_THEN_WORD.finditer(source):
        start = source.rfind(b"\n", 0, found.start()) + 1
        if start <= done or not _after_expression(source, start, found.start()):
            continue
        end = source.find(b"\n", found.start())
        done = end = len(source) if end < 0 else end
        line = source[start:end]
        if b"`" in line:
            continue
        continued = _continues_a_line(source, start)
        for word_start, word_end in _words_to_quote(line, continued):
            edited = edited if edited is not None else bytearray(source)
            if word_end - word_start == 1:  # too short to quote: a digit is a constant too
                edited[start + word_start] = 0x30  # 0
            else:
                edited[start + word_start] = edited[start + word_end - 1] = 0x27  # '
    return bytes(edited) if edited is not None else source


def _continues_a_line(source: bytes, line_start: int) -> bool:
    """The previous line ends in a backtick or a comma (a list going on) and has no comment: this line goes on
    with its command."""
    previous = source[source.rfind(b"\n", 0, max(0, line_start - 1)) + 1 : line_start].rstrip(b"\r\n")
    return (previous.endswith(b"`") or previous.rstrip(b" \t").endswith(b",")) and b"#" not in previous


def _after_expression(source: bytes, line_start: int, comma: int) -> bool:
    before = source[max(line_start, comma - 80):comma].rstrip(b" \t")
    if not before:
        return False
    if before[-1] in _EXPRESSION_ENDS:
        return True
    # a variable, or a member of one or of a bracket (`$ast.Extent`, `$PSCmdlet.MyInvocation.InvocationName`,
    # `(Get-Date).Year`): the scan of the line decides whether a command's list holds it
    name_start = before.rstrip(_WORD_BYTES + b".")
    return 0 < len(name_start) < len(before) and (name_start[-1] == 0x24 or name_start[-1] in _EXPRESSION_ENDS)  # $


@dataclass
class _Statement:
    """Where the scan is in one statement: before its command, in a command's arguments, or in an expression."""

    expect_command: bool = True
    command_mode: bool = False
    invoked: bool = False  # after `&` / `.`: whatever comes next is the command
    list_starts_with_expression: bool = False
    after_comma: bool = False
    glued: bool = False  # inside an element (`$a.Name`, `(…).Count`): nothing starts here


_BLOCK_OPENERS = frozenset({b"{", b"(", b"$(", b"@("})  # hold statements (a script block, a pipeline)


@functools.lru_cache(maxsize=256)  # generated scripts repeat their lines
def _words_to_quote(line: bytes, continued: bool = False) -> tuple[tuple[int, int], ...]:
    """(start, end) in `line` of the bare words that continue a list begun by an expression; a `continued`
    line (the previous one ends in a backtick) goes on with the arguments of a command."""
    tokens = [(match.lastgroup, match.start(), match.end()) for match in _TOKEN.finditer(line)]
    found: list[tuple[int, int]] = []
    state = _Statement(expect_command=False, command_mode=True) if continued else _Statement()
    outer: list[_Statement] = []
    skipped = 0  # depth inside a hashtable literal or `[…]`, which are not scanned
    for index, (kind, start, end) in enumerate(tokens):
        text = line[start:end]
        if skipped:
            skipped += 1 if kind == "open" else -1 if kind == "close" else 0
            continue
        if kind == "close":
            if not outer:  # the end of a block or group opened on an earlier line
                break
            state = outer.pop()
            state.glued = True  # `(…)` ends an element or its part (`(…).Count`)
            continue
        if kind in ("ws", "comment"):
            state.glued = False
            continue
        if kind == "separator":
            state = _Statement(invoked=text == b"&")
            continue
        opens_block = kind == "open" and text in _BLOCK_OPENERS
        skipped = 1 if kind == "open" and not opens_block else 0
        if state.expect_command:
            if text == b".":  # dot-sourcing: the command comes next
                state.invoked = True
                continue
            is_keyword = kind == "word" and text.lower() in _KEYWORDS
            state.command_mode = state.invoked or (
                kind == "word" and not is_keyword and _BAREWORD_START.match(text) is not None)
            state.expect_command = state.invoked = False
            state.glued = True
        elif state.command_mode and kind == "comma":
            state.after_comma, state.glued = True, False
        elif state.command_mode and not state.glued:
            state.glued = True
            is_bareword = kind == "word" and _BAREWORD_START.match(text) is not None
            if state.after_comma:
                state.after_comma = False
                following = tokens[index + 1][0] if index + 1 < len(tokens) else "ws"
                if (state.list_starts_with_expression and is_bareword and b"'" not in text
                        and following in ("ws", "comma", "separator", "comment", "close")):
                    found.append((start, end))
            else:
                state.list_starts_with_expression = not is_bareword and not text.startswith(b"-")
        elif not state.command_mode and kind == "word" and _ASSIGNMENT.match(text):
            state.expect_command = True  # `$x = Get-Item $a, b`
        if opens_block:
            outer.append(state)
            state = _Statement()
    return tuple(found)


# A member right after a method call's `)`: `Write-Output $x.Trim().Length`, `(Get-Date).AddDays(1).ToString()`.
_MEMBER_AFTER_CALL = re.compile(rb"\)\.[A-Za-z_]")


def separate_members_after_calls(source: bytes) -> bytes:
    """`source` with the `.` of each member that follows a method call in a command's argument made a space.

    PowerShell reads `Write-Output $x.Trim().Length` as one argument; tree-sitter-pwsh takes one call in
    command mode and gives up at the `.` after its `)` (a false PSParseError that swallows the line). With
    the `.` a space the member is a bare word (a following `(…)` its argument list) and the line parses;
    the rules read the source, where the `.` is still there. Expression mode (`$y = $x.Trim().Length`,
    `Write-Output ($x.Trim().Length)`) parses as it is and is left alone.
    """
    edited: bytearray | None = None
    done = -1
    for found in _MEMBER_AFTER_CALL.finditer(source):
        start = source.rfind(b"\n", 0, found.start()) + 1
        if start <= done:
            continue
        end = source.find(b"\n", found.start())
        done = end = len(source) if end < 0 else end
        for dot in _members_after_calls(source[start:end]):
            edited = edited if edited is not None else bytearray(source)
            edited[start + dot] = 0x20
    return bytes(edited) if edited is not None else source


@functools.lru_cache(maxsize=256)
def _members_after_calls(line: bytes) -> tuple[int, ...]:
    """Offsets in `line` of the `.` of members glued to a method call's `)` in command mode."""
    found: list[int] = []
    command_mode, expect_command = False, True
    outer: list[tuple[bool, bool, bool]] = []  # (command_mode, expect_command, the group is a call) per `(`
    previous_end, previous_kind, previous_text, closed_call = -1, "", b"", False
    for match in _TOKEN.finditer(line):
        kind, start, end = match.lastgroup, match.start(), match.end()
        text = line[start:end]
        glued = start == previous_end and previous_kind in ("word", "variable", "close")
        if kind in ("ws", "comment"):
            pass
        elif kind == "separator":
            command_mode, expect_command = False, True
        elif kind == "open":
            # a method's argument list: glued to a member name (`.Trim(`, `::Parse(`), not to a command (`IEX(`)
            call = text == b"(" and glued and previous_kind == "word" and (
                previous_text.startswith(b".") or b"::" in previous_text)
            outer.append((command_mode, False, call))  # a statement that starts with a bracket is an expression
            command_mode, expect_command = False, text in (b"(", b"{", b"$(", b"@(")
        elif kind == "close":
            if not outer:
                break
            command_mode, expect_command, closed_call = outer.pop()
        elif kind == "word" and _ASSIGNMENT.match(text):  # `$y = …`, or `key = …` in a hashtable begun above
            command_mode, expect_command = False, True
        elif expect_command:
            expect_command = False
            command_mode = kind == "word" and text.lower() not in _KEYWORDS and _BAREWORD_START.match(text) is not None
        elif (command_mode and kind == "word" and glued and previous_kind == "close" and closed_call
              and text.startswith(b".") and len(text) > 1 and not text.startswith(b"..")):
            found.append(start)
        previous_end, previous_kind, previous_text = end, kind, text
    return tuple(found)
