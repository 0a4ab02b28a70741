"""More valid PowerShell the tree-sitter-pwsh grammar rejects, at the level of single tokens: characters
PowerShell's tokenizer reads differently from the grammar (a literal `$` in a bare word, typographic quotes,
escaped backticks and quotes, a wildcard's `[…]`, a keyword before a dash, a quoted option value, the
background operator, `Param` with its `(` below it).

Same contract as grammar_gaps (which calls `rewrite_token_gaps` first): same-length rewrites, so every node's
offsets still point into the original source, which is what the rules read. Each rewrite is one scan for
its anchor (1 MiB of mixed scripts: about 10 ms for all of them).
"""

from __future__ import annotations

import re

from psscript_graphql.analyzer.tokens import unterminated_block_comment


# - a `$` inside a bare word that no variable name follows (`\\fs02\c$\tools`, `\\srv\admin$`): PowerShell's
#   tokenizer keeps it as a literal character of the word, the grammar starts a variable and fails → `_`.
#   Only after a word character or path separator and before a separator or the end of the word, so
#   `$x`, `${x}`, `$(…)`, `$$`, `$_` and a `$` that starts an argument stay.
_DOLLAR_BEFORE_SEPARATOR = re.compile(rb"\$(?=[\\/ \t\r\n;|),=]|\Z)")
_WORD_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_\\/.:-")


def _literal_dollars_in_words(source: bytes) -> bytes:
    """`$` before a separator and after a word byte replaced by `_` (the pattern starts with its literal
    `$`, which the regex engine finds fast; a look-behind first would cost ten times as much)."""
    edited: bytearray | None = None
    for match in _DOLLAR_BEFORE_SEPARATOR.finditer(source):
        position = match.start()
        if position > 0 and source[position - 1] in _WORD_BYTES:
            edited = edited if edited is not None else bytearray(source)
            edited[position] = 0x5F  # _
    return bytes(edited) if edited is not None else source


# - a native-style option with a quoted value, `git log --format="%h %s"`, `tool -opt='a b'` (PowerShell reads
#   one argument, the grammar a parameter and gives up at the space) → the first dash becomes `_`, a word
#   glued to a string, which the grammar reads. Only a dash after a blank: `$a -eq "x"` has no `=`.
_EQUALS_QUOTE = re.compile(rb"=[\"']")
_OPTION_NAME = re.compile(rb"[ \t]-{1,2}[A-Za-z][\w-]*\Z")


def _quoted_option_values(source: bytes) -> bytes:
    edited: bytearray | None = None
    for match in _EQUALS_QUOTE.finditer(source):
        line_start = source.rfind(b"\n", 0, match.start()) + 1
        option = _OPTION_NAME.search(source, max(line_start, match.start() - 200), match.start())
        if option is not None:
            edited = edited if edited is not None else bytearray(source)
            edited[option.start() + 1] = 0x5F  # _
    return bytes(edited) if edited is not None else source


# - PowerShell 7's background operator, a `&` that ends a pipeline (`Start-Sleep 5 &`), which the grammar
#   lacks → a space. A call operator has its command after it; `&&` is a pipeline chain.
_BACKGROUND_OPERATOR = re.compile(rb"&(?=[ \t]*(?:[\r\n;})#]|\Z))")


def _background_operators(source: bytes) -> bytes:
    edited: bytearray | None = None
    for match in _BACKGROUND_OPERATOR.finditer(source):
        position = match.start()
        if position > 0 and source[position - 1] in b" \t" and (position < 2 or source[position - 2] != 0x26):
            edited = edited if edited is not None else bytearray(source)
            edited[position] = 0x20
    return bytes(edited) if edited is not None else source


# - `param` with its `(` on a later line after the block's attributes (the ISE's advanced-function snippet:
#   `[CmdletBinding()]`, `Param`, `(` …), which the grammar reads as a command `Param` and a parenthesized
#   expression, losing the parameters → the `(` moves up behind `param` and the line breaks move one byte
#   on (`Param(` then a blank line): every later line keeps its number. Only a `param` that starts its line
#   (after attributes), so no comment or argument moves.
_PARAM_LINE_START = re.compile(rb"[ \t]*(?:\[[^\]\r\n]*\][ \t]*)*\Z")
_PARAM_THEN_PAREN_BELOW = re.compile(rb"(?i)param([ \t]*\r?\n[ \t\r\n]*)\(")


def _param_parentheses_below(source: bytes, lower: bytes) -> bytes:
    edited: bytearray | None = None
    position = lower.find(b"param")
    while position >= 0:
        # The line's start is looked for only after a match: most occurrences are `[Parameter(`.
        match = _PARAM_THEN_PAREN_BELOW.match(source, position)
        if match is not None and _PARAM_LINE_START.match(source, source.rfind(b"\n", 0, position) + 1,
                                                         position) is not None:
            edited = edited if edited is not None else bytearray(source)
            edited[match.start(1) : match.end()] = b"(" + match.group(1)
        position = lower.find(b"param", position + 5)
    return bytes(edited) if edited is not None else source


# - characters PowerShell's tokenizer takes for ASCII ones, in text pasted from a web page or a word processor: a
#   no-break space (U+00A0) is whitespace → two spaces; curly quotes (U+2018/2019/201A/201B, U+201C/201D/201E)
#   are quotes → the quote and two spaces, inside the string (before the character when it opens one, after it
#   when it closes one), so a node's span still covers the whole character.
_TYPOGRAPHIC_QUOTE = re.compile(rb"\xe2\x80[\x98-\x9e]")  # U+2018 to U+201E in UTF-8
_OPENS_AFTER = frozenset(b" \t\r\n([{=,;|&+-")


def _typographic_characters(source: bytes) -> bytes:
    edited = bytearray(source.replace("\u00a0".encode(), b"  "))
    for match in _TYPOGRAPHIC_QUOTE.finditer(source):
        quote = b"'" if match.group()[2] in (0x98, 0x99, 0x9A, 0x9B) else b'"'
        opens = match.start() == 0 or source[match.start() - 1] in _OPENS_AFTER
        edited[match.start() : match.end()] = quote + b"  " if opens else b"  " + quote
    return bytes(edited)


# - an escaped backtick (two backticks, a literal one) at the end of a line of an expandable here-string
#   (a Markdown code fence in `@" … "@`): the grammar takes the second for a line continuation and misses
#   the `"@` → every pair of backticks becomes `__` (an escaped backtick is a literal character anywhere; a
#   third backtick after a pair keeps its meaning).
def _escaped_backticks(source: bytes) -> bytes:
    return source.replace(b"``", b"__")


# - a command named after a keyword the grammar reserves, `Enum-AllTokens`, `Class-Report`, `Param-Check` (a
#   keyword followed by `-` and a letter is a command name to PowerShell) → the keyword's first letter `_`.
_KEYWORD_COMMAND_NEEDLES = (b"enum-", b"class-", b"param-")
_NOT_A_NAME_START = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_$@.-")


def _keyword_command_names(source: bytes, lower: bytes) -> bytes:
    edited: bytearray | None = None
    for needle in _KEYWORD_COMMAND_NEEDLES:
        position = lower.find(needle)
        while position >= 0:
            after = position + len(needle)
            if (source[after : after + 1].isalpha()
                    and (position == 0 or source[position - 1] not in _NOT_A_NAME_START)):
                edited = edited if edited is not None else bytearray(source)
                edited[position] = 0x5F  # _
            position = lower.find(needle, after)
    return bytes(edited) if edited is not None else source


# - a wildcard argument that starts with a character class, `Remove-Module [P]ester`, `Get-ChildItem [a-z]*.log`
#   (a bare word to PowerShell in command mode; the grammar starts a type literal and fails at the glued
#   word) → `_P_ester`. Only after a blank and before a letter or a wildcard, so a cast (`[char]65`,
#   `[int]$x`), a type's member (`[Ref].Assembly`, `[IO.File]::`) and an attribute (`[Alias('x')]`) stay.
_BRACKETED_WILDCARD = re.compile(rb"\[[^\]\s\[()'\"$]+\](?=[A-Za-z_*?\\/])")


def _bracketed_wildcards(source: bytes) -> bytes:
    edited: bytearray | None = None
    for match in _BRACKETED_WILDCARD.finditer(source):
        if match.start() > 0 and source[match.start() - 1] in b" \t":
            edited = edited if edited is not None else bytearray(source)
            edited[match.start()] = edited[match.end() - 1] = 0x5F  # _
    return bytes(edited) if edited is not None else source


# - an escaped double quote glued to a bare word (`ssid=`"$name`"`, a native argument that keeps its quotes):
#   the grammar starts a string at the `"` → `\_`: two characters of the word (or of a double-quoted
#   string, where the escape was two characters too), and the `\` ends a variable name before it as the
#   escape did (`$payload`"` keeps reading `$payload`).
_AFTER_WORD = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_=:.\\/-")


def _escaped_quotes_in_words(source: bytes) -> bytes:
    """Each `` `" `` after a word byte becomes `\\_`. Found with a substring scan and a check of the byte before it:
    a pattern starting with a look-behind is tried at every offset (17 ms on 1 MiB)."""
    edited: bytearray | None = None
    position = source.find(b'`"')
    while position >= 0:
        if position > 0 and source[position - 1] in _AFTER_WORD:
            edited = edited if edited is not None else bytearray(source)
            edited[position : position + 2] = b"\\_"
        position = source.find(b'`"', position + 2)
    return bytes(edited) if edited is not None else source


# - a block comment never closed (`<#` with no `#>` after it, a help block closed with `# >`): PowerShell's
#   tokenizer reads the rest of the file as the comment (MissingTerminatorMultiLineComment at the `<#`); the
#   grammar reads `<` as an error and the lines below as code → the `<` and the first byte of every later line
#   become `#`, line comments (rules.parse_errors reports the `<#`).
def _comment_out_to_end(source: bytes, opening: int) -> bytes:
    edited = bytearray(source)
    edited[opening] = 0x23  # #
    line = source.find(b"\n", opening)
    while line >= 0:
        if line + 1 < len(source) and source[line + 1] not in b"\r\n":
            edited[line + 1] = 0x23
        line = source.find(b"\n", line + 1)
    return bytes(edited)


def rewrite_token_gaps(source: bytes, lower: bytes) -> bytes:
    """`source` with each token-level gap above rewritten (`lower` is the source in lower case: positions only)."""
    if b"\xc2\xa0" in source or b"\xe2\x80" in source:
        source = _typographic_characters(source)
    if b"``" in source:
        source = _escaped_backticks(source)
    source = _literal_dollars_in_words(source)
    if b'`"' in source:
        source = _escaped_quotes_in_words(source)
    source = _bracketed_wildcards(source)
    source = _keyword_command_names(source, lower)
    if b"=\"" in source or b"='" in source:
        source = _quoted_option_values(source)
    if b"&" in source:
        source = _background_operators(source)
    if b"<#" in source:
        opening = unterminated_block_comment(source)
        source = _comment_out_to_end(source, opening) if opening is not None else source
    return _param_parentheses_below(source, lower)
