"""Command-mode comma lists that start with an expression and go on with a bare word.

`Compress-Archive -Path $out, C:\\Temp\\sam.sav` and `Select-Object @{ n = 'S'; e = { 1 } }, Line` are
valid PowerShell (one list argument: the expression, then the word as a string), but tree-sitter-pwsh
only takes bare words in a list that starts with one, and its error recovery swallows the line (a
false PSParseError). Each such word is handed to the parser as a single-quoted string of the same
length (`'C:\\Temp\\sam.sa'` over `C:\\Temp\\sam.sav`): the rules read the original bytes at the
node's offsets, and a constant string is what PowerShell makes of the word.

Only lines that start a command (a command name, `&`/`.` invocation, or after `|`, `;`, `=`) are
touched, and only at the top level of the line: in expression mode (`$x = $a, b`, `return $a, b`)
a word after a comma is an error PowerShell reports too. A line with a backtick is left alone.
"""

from __future__ import annotations

import functools
import re

# A comma before a word (a regex that starts with a literal is a fast scan), then, looking back, the
# end of an expression (string, variable, bracket) before it: the only lines worth tokenising (most
# lines with commas list strings, or words; `x 1, b` is left to the parser).
_COMMA_THEN_WORD = re.compile(rb",[ \t]*[A-Za-z_.\\/~:*]")
_WORD_BYTES = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_"
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
        for word_start, word_end in _words_to_quote(line):
            edited = edited if edited is not None else bytearray(source)
            edited[start + word_start] = edited[start + word_end - 1] = 0x27  # '
    return bytes(edited) if edited is not None else source


def _after_expression(source: bytes, line_start: int, comma: int) -> bool:
    before = source[max(line_start, comma - 80):comma].rstrip(b" \t")
    if not before:
        return False
    name_start = before.rstrip(_WORD_BYTES)
    return before[-1] in _EXPRESSION_ENDS or (len(name_start) < len(before) and name_start.endswith(b"$"))


@functools.lru_cache(maxsize=256)  # generated scripts repeat their lines
def _words_to_quote(line: bytes) -> tuple[tuple[int, int], ...]:
    """(start, end) in `line` of the bare words that continue a list begun by an expression."""
    tokens = [(match.lastgroup, match.start(), match.end()) for match in _TOKEN.finditer(line)]
    found: list[tuple[int, int]] = []
    expect_command, command_mode, invoked = True, False, False
    list_starts_with_expression = after_comma = glued = False
    depth = index = 0
    while index < len(tokens):
        kind, start, end = tokens[index]
        text = line[start:end]
        index += 1
        if depth:
            depth += 1 if kind == "open" else -1 if kind == "close" else 0
            continue
        if kind in ("ws", "comment"):
            glued = False
            continue
        if kind == "separator":
            expect_command, command_mode, invoked, after_comma = True, False, text == b"&", False
            continue
        if kind == "close":  # the end of an enclosing block or group: the rest is not this command's
            return tuple(found)
        if expect_command:
            if kind == "word" and text.lower() in _KEYWORDS:
                return tuple(found)
            if text == b".":  # dot-sourcing: the command comes next
                invoked = True
                continue
            command_mode = invoked or (kind == "word" and _BAREWORD_START.match(text) is not None)
            expect_command, invoked, glued = False, False, True
            depth = 1 if kind == "open" else 0
            continue
        if kind == "open":
            depth = 1
        if not command_mode:
            if kind == "word" and _ASSIGNMENT.match(text):
                expect_command = True
            glued = kind != "ws"
            continue
        if kind == "comma":
            after_comma, glued = True, False
            continue
        if glued:  # the rest of an element (`$a.Name`, `"a"b`)
            continue
        glued = True
        is_bareword = kind == "word" and _BAREWORD_START.match(text) is not None
        if after_comma:
            after_comma = False
            followed = index < len(tokens) and tokens[index][0] not in ("ws", "comma", "separator", "comment", "close")
            if list_starts_with_expression and is_bareword and not followed and len(text) >= 2 and b"'" not in text:
                found.append((start, end))
        elif kind == "word" and text.startswith(b"-"):
            list_starts_with_expression = False
        else:
            list_starts_with_expression = not is_bareword
    return tuple(found)
