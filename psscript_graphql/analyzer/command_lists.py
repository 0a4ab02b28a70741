"""Command-mode comma lists that start with an expression and go on with a bare word.

`Compress-Archive -Path $out, C:\\Temp\\sam.sav` and `Select-Object @{ n = 'S'; e = { 1 } }, Line` are
valid PowerShell (one list argument: the expression, then the word as a string), but tree-sitter-pwsh
only takes bare words in a list that starts with one, and its error recovery swallows the line (a
false PSParseError). Each such word is handed to the parser as a single-quoted string of the same
length, its first and last characters turned into quotes (`':\\Temp\\sam.sa'` over `C:\\Temp\\sam.sav`):
the rules read the original bytes at the node's offsets, and a constant string is what PowerShell
makes of the word.

The statement is read from where it begins, which may be lines before the word: a line that starts with
a closing bracket belongs to the line of its opener (a calculated property spanning lines,
`Select-Object @{` … `}, Name`), and a line after one ending in `,` or a line-continuation backtick
continues it (`@{ … },` then `Name` on the next line; the bare words chained after it are quoted too).

Only commands are touched (a statement's start, or after `|`, `;`, `=`, `{`, `(`, `$(`), never a
hashtable literal or a line `Key = …` (a hashtable's or DSC resource's property): in expression mode
(`$x = $a, b`, `return $a, b`, `{ ($_), b }`, `(@{…}, b)`) a word after a comma is an error PowerShell
reports too. A one-character word becomes `0` (a constant as well). A statement with a backtick other
than a line continuation is left alone, and so is `"a", $dir\\b.log` (not a bare word). Known limit:
the lines are not known to be code, so a line of this shape inside a multi-line single-quoted string
gets a quote that ends that string for the parser (here-strings and double-quoted strings are unharmed).

A word with a variable in it (`release-$version.zip`, an expandable word) is refused in any comma list,
first or later; it becomes a double-quoted string of the same length (`"elease-$version.zi"`), which
keeps the variable read, and counts as an expression for the words after it. A word that ends with its
variable (`a-$v`) would lose a character of the name, so it is left to the parser.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from psscript_graphql.analyzer.source import lines_with

# A comma before a word, maybe on the next line (a regex that starts with a literal is a fast scan), then,
# looking back, the end of an expression (string, variable, bracket) before it: the only statements worth
# tokenising (most lines with commas list strings, or words; `x 1, b` is left to the parser).
_COMMA_THEN_WORD = re.compile(rb",[ \t]*(?:\r?\n[ \t]*)?[A-Za-z_.\\/~:*]")
# An expandable word before a comma (its variable, glued to what is before it) or after one.
_WORD_CHARS = rb"[^\s,;|&(){}\[\]'\"$#]"
_VARIABLE_IN_WORD_BEFORE_COMMA = re.compile(rb"\$\w[\w:]*+" + _WORD_CHARS + rb"*+[ \t]*+,")  # no backtracking
_EXPANDABLE_WORD_AFTER_COMMA = re.compile(rb",[ \t]*" + _WORD_CHARS + rb"+\$\w")
_NOT_IN_A_WORD = frozenset(b" \t\r\n,;|&(){}[]'\"$#=")
_ENDS_WITH_VARIABLE = re.compile(rb"\$\w[\w:]*$")
_WORD_BYTES = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_:"  # also `$env:TEMP`
_EXPRESSION_ENDS = frozenset(b"\"')}]")
_TOKEN = re.compile(
    rb"""(?P<ws>[ \t]+|`\r?\n)
    |(?P<newline>\r?\n)
    |(?P<comment>\#.*)
    |(?P<string>'(?:[^'\n]|'')*'|"(?:[^"`\n]|`[^\n]|"")*")  # `" inside "..." is an escaped quote, not its end
    |(?P<open>[@$]?[({\[])
    |(?P<close>[)}\]])
    |(?P<comma>,)
    |(?P<separator>\|\||&&|[|;&])
    |(?P<variable>\$(?:\{[^}\n]*\}|[\w:?^$]+))
    |(?P<word>[^\s,;|&(){}\[\]'"$#]+(?:\$\w[\w:]*[^\s,;|&(){}\[\]'"$#]*)*)
    |(?P<other>.)""",
    re.VERBOSE,
)
_KEYWORDS = frozenset(
    b"if elseif else while until foreach for switch do try catch finally trap function filter workflow "
    b"param return throw exit break continue begin process end clean dynamicparam class enum data "
    b"configuration using".split()
)
_BAREWORD_START = re.compile(rb"[A-Za-z_.\\/~:*]")
_PROPERTY_VALUE = re.compile(rb"[ \t]*=(?!=)")  # `Key = …`: a hashtable's or a DSC resource's property, no command
_ASSIGNMENT = re.compile(rb"^[-+*/%?]?=$")
_CONTINUATION = re.compile(rb"`\r?\n")
MAX_STATEMENT_SPAN = 4096  # bytes searched back for the opener of a line's leading closing bracket
MAX_STATEMENT_LINES = 16  # lines followed back to a statement's start
MAX_LIST_LINES = 64  # lines followed forward after a line ending in `,` (each scanned once: no cost per line)
MAX_BRACKET_SEARCH = 262_144  # bytes searched back in all: an adversarial script costs milliseconds


def quote_barewords_after_expressions(source: bytes) -> bytes:
    """`source` with each bare word that follows an expression in a command's comma list quoted, and
    each expandable word in such a list double-quoted."""
    edited: bytearray | None = None
    position, scanned, budget = 0, -1, [MAX_BRACKET_SEARCH]
    for comma, after, expandable in _candidates(source):
        if comma < position:
            continue  # in a statement already scanned
        line_start = source.rfind(b"\n", 0, comma) + 1
        if not expandable and not _after_expression(source, line_start, comma):
            continue
        start = _statement_start(source, line_start, budget, scanned)
        start = line_start if start < 0 else start  # too far back: the line alone, as PowerShell may read it
        end = position = scanned = _statement_end(source, after)  # the next candidate: after this statement
        statement = source[start:end]
        if b"`" in statement and b"`" in _CONTINUATION.sub(b"", statement):
            continue
        for word_start, word_end, quote in _words_to_quote(statement):
            edited = edited if edited is not None else bytearray(source)
            if word_end - word_start == 1:  # too short to quote: a digit is a constant too
                edited[start + word_start] = 0x30  # 0
            else:
                edited[start + word_start] = edited[start + word_end - 1] = quote
    return bytes(edited) if edited is not None else source


def _candidates(source: bytes) -> list[tuple[int, int, bool]]:
    """(comma offset, end of the match, whether an expandable word is next to the comma) of the places worth
    reading a statement at, in order: a comma before a word, and (in a script with variables) a comma next to
    an expandable word, which needs no expression before the list."""
    found = [(match.start(), match.end(), False) for match in _COMMA_THEN_WORD.finditer(source)]
    if b"$" in source:
        found += [(match.start(), match.end(), True) for match in _EXPANDABLE_WORD_AFTER_COMMA.finditer(source)]
        found += [(match.end() - 1, match.end(), True) for match in _VARIABLE_IN_WORD_BEFORE_COMMA.finditer(source)
                  if match.start() > 0 and source[match.start() - 1] not in _NOT_IN_A_WORD]
        found.sort()
    return found


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


def _statement_end(source: bytes, position: int) -> int:
    """End of the line holding `position`, or of a later line when the list goes on (the line ends in `,`)."""
    end = source.find(b"\n", position)
    for _ in range(MAX_LIST_LINES):
        if end < 0 or _last_byte(source, end) != 0x2C:  # ,
            break
        end = source.find(b"\n", end + 1)
    return len(source) if end < 0 else end


def _statement_start(source: bytes, start: int, budget: list[int], scanned: int) -> int:
    """Start of the line where the statement holding line `start` begins, or -1 when not found: a line that
    starts with a closing bracket belongs to the line of its opener, and a line after one that ends in `,` or a
    backtick continues that one. A continued line already scanned (before `scanned`) ends a statement that was
    longer than MAX_STATEMENT_LINES: not found (without following it back once more for every line)."""
    for _ in range(MAX_STATEMENT_LINES):
        first, indent_end = start, min(len(source), start + 200)
        while first < indent_end and source[first] in _BLANK:
            first += 1
        if first < indent_end and source[first] in _CLOSERS:
            opener = _opener_of(source, first, budget)
            if opener < 0:
                return -1
            start = source.rfind(b"\n", 0, opener) + 1
            continue
        if start == 0 or _last_byte(source, start - 1) not in _CONTINUES:
            return start
        if start <= scanned + 1:
            return -1
        start = source.rfind(b"\n", 0, start - 1) + 1
    return -1


_BLANK = frozenset(b" \t")
_CLOSERS = frozenset(b")}]")
_CONTINUES = frozenset(b",`")


def _last_byte(source: bytes, line_end: int) -> int:
    """The last byte before `line_end` (a line break) that is no space, or -1 at the start of the source."""
    index = line_end - 1
    while index >= 0 and source[index] in b" \t\r":
        index -= 1
    return source[index] if index >= 0 else -1


_BRACKET = re.compile(rb"[(){}\[\]]")


def _opener_of(source: bytes, close_at: int, budget: list[int]) -> int:
    """Offset of the bracket that `source[close_at]` closes (quotes not skipped), or -1 when it is further back
    than MAX_STATEMENT_SPAN or the search budget is spent. Searched back in growing chunks: most openers are near."""
    depth, high, chunk = 0, close_at + 1, 256
    while high > 0 and close_at - high < MAX_STATEMENT_SPAN and budget[0] > 0:
        low = max(0, high - chunk)
        budget[0] -= high - low
        for bracket in reversed(list(_BRACKET.finditer(source, low, high))):
            depth += 1 if bracket.group() in b")}]" else -1
            if depth == 0:
                return bracket.start()
        high, chunk = low, chunk * 2
    return -1


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
def _words_to_quote(line: bytes) -> tuple[tuple[int, int, int], ...]:
    """(start, end, quote byte) in `line` (a statement's lines) of the bare words that continue a list begun by
    an expression, and of the expandable words in a list."""
    tokens = [(match.lastgroup, match.start(), match.end()) for match in _TOKEN.finditer(line)]
    found: list[tuple[int, int, int]] = []
    state, outer = _Statement(), list[_Statement]()
    skipped = 0  # depth inside a hashtable literal or `[…]`, which are not scanned
    after_comma = False  # the last token that is no space or comment was a comma: a line break continues
    for index, (kind, start, end) in enumerate(tokens):
        text = line[start:end]
        if skipped:
            skipped += 1 if kind == "open" else -1 if kind == "close" else 0
            continue
        if kind == "newline" and not after_comma:  # the line break ends the statement
            state = _Statement()
            continue
        if kind not in ("ws", "comment", "newline"):
            after_comma = kind == "comma"
        if kind == "close":
            if not outer:  # the end of a block or group opened on an earlier line
                break
            state = outer.pop()
            state.glued = True  # `(…)` ends an element or its part (`(…).Count`)
            continue
        if kind in ("ws", "comment", "newline"):
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
                kind == "word" and not is_keyword and _BAREWORD_START.match(text) is not None
                and _PROPERTY_VALUE.match(line, end) is None)
            state.expect_command = state.invoked = False
            state.glued = True
        elif state.command_mode and kind == "comma":
            state.after_comma, state.glued = True, False
        elif state.command_mode and not state.glued:
            state.glued = True
            is_bareword = kind == "word" and _BAREWORD_START.match(text) is not None
            expandable = kind == "word" and b"$" in text and _ENDS_WITH_VARIABLE.search(text) is None
            following = tokens[index + 1][0] if index + 1 < len(tokens) else "ws"
            ends_element = following in ("ws", "newline", "comma", "separator", "comment", "close")
            if state.after_comma:
                state.after_comma = False
                if expandable and ends_element:
                    found.append((start, end, 0x22))  # "
                elif (state.list_starts_with_expression and is_bareword and b"'" not in text and b"$" not in text
                        and ends_element):
                    found.append((start, end, 0x27))  # '
            elif expandable and ends_element and _next_is_comma(tokens, index + 1):
                found.append((start, end, 0x22))
                state.list_starts_with_expression = True
            else:
                state.list_starts_with_expression = not is_bareword and not text.startswith(b"-")
        elif not state.command_mode and kind == "word" and _ASSIGNMENT.match(text):
            state.expect_command = True  # `$x = Get-Item $a, b`
        if opens_block:
            outer.append(state)
            state = _Statement()
    return tuple(found)


def _next_is_comma(tokens: list[tuple[str | None, int, int]], index: int) -> bool:
    """Whether the first token from `index` that is not blank is a comma."""
    while index < len(tokens) and tokens[index][0] == "ws":
        index += 1
    return index < len(tokens) and tokens[index][0] == "comma"


# Where an argument's expression is glued to more text: a member after a method call's `)`
# (`$x.Trim().Length`), anything but a member after a `(…)`, `$(…)`, `@(…)`, an index or a call
# (`$(Get-Location)\\sub`, `$($a)$($b)`, `$x.Trim()[0]`), a path after a member (`$cfg.Root\\logs`), a path
# with a subexpression glued to a variable (`$staging\\$($_.Name)`).
_GLUED_AFTER_EXPRESSION = re.compile(
    rb"\)[\w.\\/$@\[]|\][\w\\/$@]|(?:\$\w+|\])(?:\.\w+)+[\\/]|\$[\w:]+[\\/][^\s$()]*\$\(")


def separate_glued_arguments(source: bytes) -> bytes:
    """`source` with a space where a command argument's expression is glued to text tree-sitter-pwsh cannot join.

    PowerShell reads `Write-Output $x.Trim().Length` as one argument and `Copy-Item $(Get-Location)\\sub\\a.txt`
    as an expression and the word after it; tree-sitter-pwsh takes one primary expression in command mode
    and gives up at what is glued to its end (a false PSParseError that swallows the line). With the first
    byte of the glued part a space, that part is an argument of its own — a member a bare word (a following
    `(…)` its argument list), an index `[0]` the word `0]`, `$(…)`/`@(…)` a parenthesised expression (its
    commands and variables still in the tree), a path the word after it — and the line parses; the rules
    read the source, where the byte is still there. A glued variable (`$a[0]$b`) becomes the bare word `b`
    (its read is lost, the rest of the line is not). Expression mode (`$y = $x.Trim().Length`,
    `Write-Output ($x.Trim().Length)`) parses as it is and is left alone, and so are the glued forms the
    grammar reads (`$(…).Name`, `(…)[0]`, `$(…)"x"`, `$(…)-x`).
    """
    edited: bytearray | None = None
    for start, end in lines_with(_GLUED_AFTER_EXPRESSION, source):
        for offset in _glued_arguments(source[start:end]):
            edited = edited if edited is not None else bytearray(source)
            edited[start + offset] = 0x20
    return bytes(edited) if edited is not None else source


_CALL, _INDEX = b"call", b"index"  # groups besides the brackets themselves
_ARGUMENT_GROUPS = frozenset((_CALL, _INDEX, b"(", b"$(", b"@("))
_MEMBER = re.compile(rb"(?:\.[A-Za-z_]\w*)+")
_PATH_AFTER_MEMBER = re.compile(rb"\.[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*([\\/])")


@functools.lru_cache(maxsize=256)
def _glued_arguments(line: bytes) -> tuple[int, ...]:
    """Offsets in `line` of the first byte of what is glued to a command argument's expression (see above)."""
    found: list[int] = []
    command_mode, expect_command = False, True
    outer: list[tuple[bool, bool, bytes]] = []  # (command_mode, expect_command, the group) per opener
    previous_end, previous_kind, previous_text, closed = -1, "", b"", b""
    for match in _TOKEN.finditer(line):
        kind, start, end = match.lastgroup, match.start(), match.end()
        text = line[start:end]
        glued = start == previous_end and previous_kind in ("word", "variable", "close")
        after_group = command_mode and glued and previous_kind == "close" and closed in _ARGUMENT_GROUPS
        if kind in ("ws", "comment"):
            pass
        elif kind == "separator":
            command_mode, expect_command = False, True
        elif command_mode and text == b"--%":
            break  # the rest of the line goes to a native program as written
        elif kind == "open":
            if after_group and (text in (b"$(", b"@(") or (text == b"[" and closed == _CALL)):
                found.append(start)
            # a method's argument list: glued to a member name (`.Trim(`, `::Parse(`), not to a command (`IEX(`)
            group = text if not glued else b"word"  # `/srv/$(…)/`: one concatenated word, which the grammar reads
            if text == b"(" and glued and previous_kind == "word" and (
                    previous_text.startswith(b".") or b"::" in previous_text):
                group = _CALL
            elif text == b"[" and glued and (previous_kind != "word" or _MEMBER.fullmatch(previous_text)):
                group = _INDEX  # of a variable, a group or a member (`app[0-9].log` is a wildcard)
            outer.append((command_mode, False, group))  # a statement that starts with a bracket is an expression
            command_mode, expect_command = False, text in (b"(", b"{", b"$(", b"@(")
        elif kind == "close":
            if not outer:
                break
            command_mode, expect_command, closed = outer.pop()
        elif kind == "word" and _ASSIGNMENT.match(text):  # `$y = …`, or `key = …` in a hashtable begun above
            command_mode, expect_command = False, True
        elif expect_command:
            expect_command = False
            command_mode = kind == "word" and text.lower() not in _KEYWORDS and _BAREWORD_START.match(text) is not None
        elif after_group and kind == "variable":
            found.append(start)
        elif after_group and kind == "word" and not text.startswith((b".", b"-")):
            found.append(start)
        elif after_group and kind == "word" and closed == _CALL and len(text) > 1 and text[:2] != b"..":
            found.append(start)  # `.Length` after `.Trim()`
        elif command_mode and kind == "word" and glued and previous_kind != "word":
            path = _PATH_AFTER_MEMBER.match(text)  # `$cfg.Root\logs`, `$a[0].b\c`
            if path:
                found.append(start + path.start(1))
            elif previous_kind == "variable" and text[:1] in b"\\/" and line[end : end + 2] == b"$(":
                # `$staging\$($_.Name)_x`: the grammar reads `\$` then an argument list. With the separator a
                # space, a lone `\` leaves the `$(…)` an argument of its own (split again after its `)`).
                found.append(start)
                end = end if len(text) > 1 else -1
        previous_end, previous_kind, previous_text = end, kind, text
    return tuple(found)
