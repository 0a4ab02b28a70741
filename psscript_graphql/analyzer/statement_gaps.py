"""More valid PowerShell that tree-sitter-pwsh rejects, rewritten into same-length text it reads.

Same contract as grammar_gaps.py (which calls `rewrite_statement_gaps`): every byte keeps its offset,
and nothing a rule reads (variable names, command names) is hidden from the parser.

- a statement on the line of a param block, `{ param([int]$N) if ($N) { 1 } }` (common in one-line
  functions and script blocks) → `param([int]$N);if …`: the grammar wants a separator after `param(…)`;
- a parameter token with a dot in it, `7z a -xr!*.pdb`, `java -Dfoo.bar=1`, `--config=.\\a.json` (PowerShell ends the
  parameter at the dot and passes the rest as an argument; the grammar fails) → `-xr!*_pdb`;
- a parameter token glued to a quoted string, `-o"C:\\out"`, `--author="A B"` (see `_GLUED_STRING`);
- attributes before a typed variable in an assignment, `[ValidateRange(1, 64)][int]$workers = 8` (the
  grammar takes one attribute or a type, not more) → each attribute a block comment of the same length
  (`<#alidateRange(1, 64#>[int]$workers = 8`; without a type the last attribute stays). Never inside a param block or a class body, where the
  grammar reads attributes and the rules need them;
- a parameter-like word right after the `}` of a statement block (`if (…) { … } -ThrottleLimit 10`, what a
  missing `}` inside a `ForEach-Object -Parallel { … }` leaves behind): PowerShell starts a new statement there,
  a command named `-ThrottleLimit` (it fails when run; it parses), the grammar reads a unary minus and gives up
  → `_ThrottleLimit`. After a script block argument's `}` (`ForEach-Object -Parallel { … } -ThrottleLimit 10`)
  the word is a parameter and stays, and so does an operator (`} -not`, `} -eq`).
"""

from __future__ import annotations

import re

MAX_PARAM_BLOCK = 20_000

# `param` where a statement starts: the line's start, after `{`, `;` or an attribute's `]`.
_PARAM_OPEN = re.compile(rb"[ \t]*\(")  # after the keyword
_PARAM_THEN_PAREN = re.compile(rb"param(?=[ \t]*\()")  # searched in the lower-case text
_BEFORE_PARAM = re.compile(rb"(?m)(?:^|[{;\]]|#>)[ \t]*$")  # what may precede it on its line
_STATEMENT_AFTER = re.compile(rb"[ \t]+(?=[^\s#;}),|])")
# Strings, here-strings and comments (skipped whole) and the brackets outside them.
_BRACE_SCAN = re.compile(rb"@'.*?\n'@|@\".*?\n\"@|'(?:[^']|'')*'|\"(?:[^\"`]|`.)*\"|<#.*?#>|#[^\n]*|[(){}]",
                         re.DOTALL)


def _close_paren(source: bytes, open_at: int) -> int:
    """Offset of the `)` closing the `(` at `open_at` (strings, here-strings and comments skipped), or -1."""
    depth = 0
    for token in _BRACE_SCAN.finditer(source, open_at, min(len(source), open_at + MAX_PARAM_BLOCK)):
        text = token.group()
        if text == b"(":
            depth += 1
        elif text == b")":
            depth -= 1
            if depth == 0:
                return token.start()
    return -1


def _param_blocks(source: bytes) -> list[tuple[int, int]]:
    """(offset of `(`, offset of its `)`) of each param block."""
    blocks = []
    # Only the `param`s an opening parenthesis follows: most occurrences are `[Parameter(`, passed over in C.
    for candidate in _PARAM_THEN_PAREN.finditer(source.lower()):
        position = candidate.start()
        opening = _PARAM_OPEN.match(source, position + 5)
        if opening is not None and _BEFORE_PARAM.search(source, max(source.rfind(b"\n", 0, position) + 1,
                                                                    position - 200), position):
            close = _close_paren(source, opening.end() - 1)
            if close >= 0:
                blocks.append((opening.end() - 1, close))
    return blocks


def _separate_statement_after_param(source: bytearray, blocks: list[tuple[int, int]]) -> None:
    for _, close in blocks:
        gap = _STATEMENT_AFTER.match(source, close + 1)
        if gap is not None:
            source[close + 1] = 0x3B  # ;


# A parameter token (`-x`, `--x`), after a blank, with a dot after its first letter (no variable, string or group in it).
_DOTTED_PARAMETER = re.compile(rb"-(?:-)?[A-Za-z][^\s$(){}'\"`;,|&:.]*\.[^\s$(){}'\"`;,|&:]*")
_OPERATOR_NAME = re.compile(rb"-[A-Za-z]+")
_OPERATORS = frozenset(
    b"eq ne gt ge lt le like notlike match notmatch replace contains notcontains in notin is isnot as f "
    b"and or xor not band bor bxor bnot shl shr split join ceq cne cgt cge clt cle clike cnotlike cmatch "
    b"cnotmatch creplace ccontains cnotcontains cin cnotin ieq ine igt ige ilt ile ilike inotlike imatch "
    b"inotmatch ireplace icontains inotcontains iin inotin csplit isplit".split()
)


def _undot_parameters(source: bytearray) -> None:
    if b"." not in source:
        return
    for token in _DOTTED_PARAMETER.finditer(source):
        if token.start() == 0 or source[token.start() - 1] not in b" \t":
            continue  # inside a word (`Get-Item.ps1`): no parameter
        name = _OPERATOR_NAME.match(token.group())
        if name is not None and name.group()[1:].lower() in _OPERATORS and name.end() == token.group().find(b"."):
            continue  # `$a -eq.5`: an operator before a number
        for index in range(token.start() + 1, token.end()):
            if source[index] == 0x2E:  # .
                source[index] = 0x5F  # _


# A parameter token glued to a quoted string, `7z x a.7z -o"C:\out"`, `git commit --author="A <a@b.c>"`
# (PowerShell passes one argument; the grammar fails when the string holds a blank or a colon) →
# `--author "A <a@b.c>"` (the `=` becomes the blank), else, for a string without a variable,
# `-o_C:\out_` (the quotes become part of the word). A string with a variable and no `=` stays as it is.
_GLUED_STRING = re.compile(rb"-(?:-)?[A-Za-z][\w-]*+(=?)([\"'])")
_DOUBLE_QUOTED = re.compile(rb'"[^"\r\n`$]*"')
_SINGLE_QUOTED = re.compile(rb"'[^'\r\n]*'")


def _unglue_strings_from_parameters(source: bytearray) -> None:
    if b'"' not in source and b"'" not in source:
        return
    for glued in _GLUED_STRING.finditer(source):
        if glued.start() == 0 or source[glued.start() - 1] not in b" \t":
            continue
        name = glued.group()[: glued.start(1) - glued.start()].lstrip(b"-").lower()
        if name in _OPERATORS:
            continue  # `$a -eq"x"`: an operator and its operand
        if glued.group(1):
            source[glued.start(1)] = 0x20  # the `=` becomes the blank between parameter and value
            continue
        quote = glued.start(2)
        string = (_DOUBLE_QUOTED if source[quote] == 0x22 else _SINGLE_QUOTED).match(source, quote)
        if string is not None and string.end() - quote > 2:
            source[quote] = source[string.end() - 1] = 0x5F  # _


# One or more attributes (with arguments), then a type, then a variable and `=`, where a statement starts.
_ATTRIBUTE = rb"\[[ \t]*[A-Za-z_][\w.]*[ \t]*\((?:[^()\r\n]|\([^()\r\n]*\))*\)[ \t]*\]"
_ATTRIBUTED_ASSIGNMENT = re.compile(
    rb"(?m)(?:^|(?<=[;{]))[ \t]*((?:" + _ATTRIBUTE + rb"[ \t]*)+)(\[[ \t]*[A-Za-z_][\w.`\[\], ]*\][ \t]*)?"
    rb"\$[A-Za-z_][\w:]*[ \t]*="
)
_ONE_ATTRIBUTE = re.compile(_ATTRIBUTE)
_ATTRIBUTE_THEN_BRACKET = re.compile(rb"\)[ \t]*\][ \t]*[\[$]")
_CLASS_OPENER = re.compile(rb"(?i)\bclass[ \t]+\w+[^{\r\n#]*(?:\r?\n[ \t]*)?$")


def _innermost_openers(source: bytes, positions: list[int]) -> list[int]:
    """For each position (ascending), the offset of the innermost `(` or `{` still open there, or -1."""
    found, stack, pending = [], list[int](), iter(positions)
    target = next(pending, None)
    for token in _BRACE_SCAN.finditer(source):
        while target is not None and token.start() >= target:
            found.append(stack[-1] if stack else -1)
            target = next(pending, None)
        if target is None:
            return found
        text = token.group()
        if text in (b"(", b"{"):
            stack.append(token.start())
        elif text in (b")", b"}") and stack:
            stack.pop()
    while target is not None:
        found.append(stack[-1] if stack else -1)
        target = next(pending, None)
    return found


def _comment_out_variable_attributes(source: bytearray) -> None:
    matches: list[re.Match[bytes]] = []
    done = -1
    for candidate in _ATTRIBUTE_THEN_BRACKET.finditer(source):  # `)]` then `[` or `$`: rare outside params
        start = source.rfind(b"\n", 0, candidate.start()) + 1
        if start <= done:
            continue
        end = source.find(b"\n", candidate.start())
        done = end = len(source) if end < 0 else end
        matches.extend(_ATTRIBUTED_ASSIGNMENT.finditer(source, start, end))
    if not matches:
        return
    openers = _innermost_openers(bytes(source), [match.start(1) for match in matches])
    for match, opener in zip(matches, openers, strict=True):
        if opener >= 0 and (source[opener] == 0x28
                            or _CLASS_OPENER.search(source, max(0, opener - 300), opener) is not None):
            continue  # a parameter (inside `(`) or a class member: the grammar reads those attributes
        attributes = list(_ONE_ATTRIBUTE.finditer(source, match.start(1), match.end(1)))
        # without a type the grammar takes one attribute: the last one stays
        for attribute in attributes if match.group(2) else attributes[:-1]:
            source[attribute.start() : attribute.start() + 2] = b"<#"
            source[attribute.end() - 2 : attribute.end()] = b"#>"


# `}`, blanks, a dash and a word ending where a parameter ends.
_WORD_AFTER_BLOCK = re.compile(rb"\}[ \t]+-([A-Za-z_][\w-]*)(?=[ \t\r\n|;]|\Z)")
# The line before a statement block's `{` (or, with the `{` alone on its line, the line before): a keyword's
# condition, a keyword, a catch's types, a function's name; after the `}` of the block before (`} elseif (…) {`).
# Matched from the line's start (a search would try every offset: quadratic over a long line).
_STATEMENT_BLOCK_HEAD = re.compile(
    rb"(?i)[ \t]*(?:\}[ \t]*)?(?:(?:if|elseif|while|for|foreach|switch)(?![\w-])[^{};]*\)"
    rb"|(?:else|try|finally|do|catch(?:[ \t]*,?[ \t]*\[[^\]{};]*\])*)"
    rb"|(?:function|filter)[ \t]+[\w-]+(?:[ \t]*\([^{}]*\))?)\s*\Z"
)
MAX_BLOCK_HEAD = 300


def _opens_statement_block(source: bytearray, opener: int) -> bool:
    line_start = source.rfind(b"\n", 0, opener) + 1
    if not source[line_start:opener].strip() and line_start > 0:
        line_start = source.rfind(b"\n", 0, line_start - 1) + 1
    return opener - line_start <= MAX_BLOCK_HEAD and _STATEMENT_BLOCK_HEAD.match(source, line_start, opener) is not None


_BRACES = re.compile(rb"[{}]")
MAX_BLOCK_SPAN = 16_384  # bytes searched back for a block's `{`
MAX_BRACE_SEARCH = 262_144  # bytes searched back in all: an adversarial script costs milliseconds


def _opening_brace(source: bytearray, close_at: int, budget: list[int]) -> int:
    """Offset of the `{` that the `}` at `close_at` closes (braces in strings counted too: a wrong match is
    caught by the head it must have), or -1 beyond MAX_BLOCK_SPAN or the budget. Searched back in growing chunks."""
    depth, high, chunk = 0, close_at + 1, 256
    while high > 0 and close_at - high < MAX_BLOCK_SPAN and budget[0] > 0:
        low = max(0, high - chunk)
        budget[0] -= high - low
        for brace in reversed(list(_BRACES.finditer(source, low, high))):
            depth += 1 if brace.group() == b"}" else -1
            if depth == 0:
                return brace.start()
        high, chunk = low, chunk * 2
    return -1


def _command_words_after_statement_blocks(source: bytearray) -> None:
    if b"} -" not in source and b"}\t-" not in source:
        return
    budget = [MAX_BRACE_SEARCH]
    for match in _WORD_AFTER_BLOCK.finditer(source):
        if match.group(1).lower() in _OPERATORS:
            continue
        opener = _opening_brace(source, match.start(), budget)
        if opener >= 0 and _opens_statement_block(source, opener):
            source[match.start(1) - 1] = 0x5F  # _


def rewrite_statement_gaps(source: bytes) -> bytes:
    """`source` with the gaps of this module's docstring rewritten (same length)."""
    edited = bytearray(source)
    if b"aram" in source:
        _separate_statement_after_param(edited, _param_blocks(source))
    _undot_parameters(edited)
    _unglue_strings_from_parameters(edited)
    _comment_out_variable_attributes(edited)
    _command_words_after_statement_blocks(edited)
    return bytes(edited) if edited != source else source
