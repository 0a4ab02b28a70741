"""Valid PowerShell the tree-sitter-pwsh grammar rejects, rewritten before parsing.

tree-sitter-pwsh 0.38 reports errors on some valid syntax, and its error recovery then
swallows the next line (a follow-on false finding). The parser is given the same bytes with
those spots rewritten into text of the same length that it reads, so every node's offsets
still point into the original source, which is what the rules read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from psscript_graphql.analyzer.command_lists import quote_barewords_after_expressions, separate_members_after_calls

# - null-conditional access `${x}?.Name` / `${x}?[0]` → `${x?}.Name`; `$x?.Name` (which reads the
#   variable `x?`) → `$x_.Name`; after a property, `.A?.B` → `.A_.B`; after a call or index,
#   `M()?.Name` → `M( ).Name`;
# - a named block on the line of the param block, `param($a) process {` → `param($a);process {`;
# - switch clauses on one line, `{ 'a' { 1 } 'b' { 2 } }` → `{ 'a' { 1 };'b' { 2 } }`;
# - a backtick inside a bare word (`n`et.we`Bclient`, PowerShell drops it) → `n_et.we_Bclient`;
# - `-split`/`-join` as a parameter of a native command in command mode (`certutil -urlcache -split -f URL`),
#   which the grammar reads as the unary operator → `-spli_`/`-joi_`.
# A word is taken from its start, so a variable name before an escape in a string (`"$Version`n"`) is no
# word (it starts after `$`) and keeps its name.
_TICK_IN_WORD = re.compile(rb"(?<![$\w.\-])([\w.\-]+)`(?=\w)")
_UNARY_OPERATOR_AS_PARAMETER = re.compile(
    rb"(?im)^([ \t]*(?!(?:return|throw|exit|if|elseif|while|until|switch|foreach|for|do|trap|param)\b)"
    rb"[A-Za-z][\w.\\:-]*(?:[ \t]+[^\s(){}$'\"|;=@,`]+)*[ \t]+-(?:spli|joi))[tn](?=[ \t\r]|$)"
)
# - in command mode, a bare word after a quoted string and a comma (`rundll32 "x.dll", MiniDump`),
#   which the grammar cannot put in one list → `"x.dll", $iniDump` (a variable is an expression it takes).
_QUOTED_THEN_BAREWORD = re.compile(
    rb"(?im)^([ \t]*(?!(?:return|throw|exit|if|elseif|while|until|switch|foreach|for|do|trap|param)\b)"
    rb"(?:[&.][ \t]*)?(?:\"[^\"\n]*\"|'[^'\n]*'|[A-Za-z][\w.\\:-]*)[^\n=]*?(?:\"[^\"\n]*\"|'[^'\n]*')[ \t]*,[ \t]*)"
    rb"[A-Za-z_](?=[\w.-]+(?:[ \t]|$))"
)
# - the same after a variable, `rundll32.exe $dll,DllRegisterServer` → `$dll,$llRegisterServer`.
_VARIABLE_THEN_BAREWORD = re.compile(
    rb"(?im)^([ \t]*(?!(?:return|throw|exit|if|elseif|while|until|switch|foreach|for|do|trap|param)\b)"
    rb"(?:[&.][ \t]*)?(?:\"[^\"\n]*\"|'[^'\n]*'|[A-Za-z][\w.\\:-]*)[^\n=]*?[ \t]\$[A-Za-z_]\w*[ \t]*,[ \t]*)"
    rb"[A-Za-z_](?=[\w.-]+(?:[ \t]|$))"
)
_VARIABLE_COMMA_WORD = re.compile(rb"\$[A-Za-z_]\w*[ \t]*,[ \t]*[A-Za-z_]")
_NULL_CONDITIONAL_BRACED = re.compile(rb"(\$\{[^{}\r\n]*)\}\?(?=[.\[])")
_NULL_CONDITIONAL_PLAIN = re.compile(rb"(\$(?:[A-Za-z_]\w*:)?[A-Za-z_][\w]*)\?(?=[.\[])")
_NULL_CONDITIONAL_AFTER_BRACKET = re.compile(rb"([)\]])\?(?=[.\[])")
_NULL_CONDITIONAL_AFTER_MEMBER = re.compile(rb"(\.[A-Za-z_]\w*)\?(?=[.\[])")
_NAMED_BLOCK_AFTER_PARAM = re.compile(
    rb"(?im)(\bparam\s*\([^\n]*\))[ \t](?=[ \t]*(?:begin|process|end|clean|dynamicparam)\s*\{)"
)


# A switch statement where a statement can start (not the word inside a string or an argument).
_SWITCH_HEADER = re.compile(
    rb"(?im)(?:^|[=;({|])[ \t]*switch(?:[ \t]+-\w+)*[ \t]*(?:\([^\r\n]*?\)|-file[ \t]+\S+)[ \t]*\{"
)
_CLAUSE_GAP = frozenset(b" \t")
# After a `}` at clause level, `{` opens the action of a script-block condition (`{ $_ -gt 1 } { … }`).
_NOT_A_CLAUSE = frozenset(b"{}\r\n;#")
MAX_SWITCH_BODY = 100_000


def _switch_headers(source: bytes) -> Iterator[re.Match[bytes]]:
    """`_SWITCH_HEADER` matches, searched only on lines containing "switch" (a header is one line)."""
    lower = source.lower()
    for start, end in _lines_with(lower, (b"switch",)):
        yield from _SWITCH_HEADER.finditer(source, start, end)


def _separate_switch_clauses(source: bytes) -> bytes:
    """`;` between switch clauses that follow each other on one line (the grammar wants a separator)."""
    edited: bytearray | None = None
    for header in _switch_headers(source):
        depth, index, end = 1, header.end(), min(len(source), header.end() + MAX_SWITCH_BODY)
        while index < end and depth > 0:
            byte = source[index]
            if byte in b"'\"":  # skip a string on this line
                close = source.find(bytes([byte]), index + 1, end)
                newline = source.find(b"\n", index + 1, end)
                index = close if close >= 0 and (newline < 0 or close < newline) else index
            elif byte == 0x7B:  # {
                depth += 1
            elif byte == 0x7D:  # }
                depth -= 1
                gap = index + 1
                if depth == 1 and gap < end and source[gap] in _CLAUSE_GAP:
                    following = gap
                    while following < end and source[following] in _CLAUSE_GAP:
                        following += 1
                    if following < end and source[following] not in _NOT_A_CLAUSE:
                        edited = edited if edited is not None else bytearray(source)
                        edited[gap] = 0x3B  # ;
            index += 1
    return bytes(edited) if edited is not None else source


# - `break label` / `continue label` (a loop label), which the grammar rejects → the label blanked out
#   (`break      `): nothing reads the label.
_LOOP_LABEL_JUMP = re.compile(rb"(?im)((?:^|[;{])[ \t]*(?:break|continue)[ \t]+)([A-Za-z_]\w*)(?=[ \t]*(?:$|[;}#]))")


def _blank_label(match: re.Match[bytes]) -> bytes:
    return match.group(1) + b" " * len(match.group(2))


# - a dotted type name glued to a parenthesized command, `New-Object IO.StreamReader(New-Object …)`
#   (two arguments to PowerShell; the grammar wants an expression after `(`) → the name's last
#   character becomes the separating space: `IO.StreamReade (New-Object …)`.
_TYPE_NAME_BEFORE_COMMAND = re.compile(rb"(?<=[ \t])[A-Za-z]\w*(?:\.\w+)+(?=\([ \t]*[A-Za-z]\w*-[A-Za-z])")


def _separate_type_name(match: re.Match[bytes]) -> bytes:
    return match.group(0)[:-1] + b" "


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
        match = _PARAM_THEN_PAREN_BELOW.match(source, position)
        line_start = source.rfind(b"\n", 0, position) + 1
        if match is not None and _PARAM_LINE_START.match(source, line_start, position) is not None:
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
_KEYWORD_COMMAND_NAME = re.compile(rb"(?i)(?<![\w$@.\-])(?:enum|class|param)(?=-[A-Za-z])")
_KEYWORD_COMMAND_NEEDLES = (b"enum-", b"class-", b"param-")


def _keyword_command_names(line: bytes) -> bytes:
    return _KEYWORD_COMMAND_NAME.sub(lambda match: b"_" + match.group()[1:], line)


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
#   the grammar starts a string at the `"` → `__` (inside a double-quoted string the escape was two
#   characters of the string and so are the underscores).
_ESCAPED_QUOTE_IN_WORD = re.compile(rb"(?<=[\w=:.\\/-])`\"")


# Substrings (lower case) that every line a line-anchored rewrite above applies to contains: the
# rewrites run on those lines only (a regex with a character-class start over 1 MiB costs ~10 ms each).
_QUOTED_THEN_BAREWORD_NEEDLES = (b'",', b"',", b'" ,', b"' ,")
_UNARY_OPERATOR_NEEDLES = (b"-split", b"-join")
_LOOP_LABEL_NEEDLES = (b"break ", b"continue ", b"break\t", b"continue\t")
_TYPE_BEFORE_COMMAND_NEEDLES = (b"(new-object",)


def _lines_with(lower: bytes, needles: Iterable[bytes]) -> list[tuple[int, int]]:
    """(start, end) of the lines of `lower` that contain a needle, in source order, each once."""
    lines: dict[int, int] = {}
    for needle in needles:
        position = lower.find(needle)
        while position >= 0:
            start = lower.rfind(b"\n", 0, position) + 1
            end = lines.get(start)
            if end is None:
                found = lower.find(b"\n", position)
                end = lines[start] = len(lower) if found < 0 else found
            position = lower.find(needle, end)
    return sorted(lines.items())


def _rewrite_lines(source: bytes, lower: bytes, needles: tuple[bytes, ...],
                   rewrite: Callable[[bytes], bytes]) -> bytes:
    """`rewrite` applied only to the lines of `source` whose lower-case text contains a needle."""
    edited: bytearray | None = None
    for start, end in _lines_with(lower, needles):
        line = source[start:end]
        rewritten = rewrite(line)
        if rewritten != line:
            edited = edited if edited is not None else bytearray(source)
            edited[start:end] = rewritten
    return bytes(edited) if edited is not None else source


def _substitution(pattern: re.Pattern[bytes],
                  replacement: bytes | Callable[[re.Match[bytes]], bytes]) -> Callable[[bytes], bytes]:
    return lambda line: pattern.sub(replacement, line)


def _null_conditional(line: bytes) -> bytes:
    line = _NULL_CONDITIONAL_BRACED.sub(rb"\1?}", line)
    line = _NULL_CONDITIONAL_PLAIN.sub(rb"\1_", line)
    line = _NULL_CONDITIONAL_AFTER_BRACKET.sub(rb" \1", line)
    return _NULL_CONDITIONAL_AFTER_MEMBER.sub(rb"\1_", line)


def _named_blocks_after_param(source: bytes, lower: bytes) -> bytes:
    """`_NAMED_BLOCK_AFTER_PARAM` applied from each `param` (its `\\s*` may cross a line, so not per line)."""
    edited: bytearray | None = None
    position, done = lower.find(b"param"), 0
    while position >= 0:
        match = _NAMED_BLOCK_AFTER_PARAM.match(source, position) if position >= done else None
        if match is not None:
            edited = edited if edited is not None else bytearray(source)
            edited[match.end(1)] = 0x3B  # ;
            done = match.end()
        position = lower.find(b"param", position + 1)
    return bytes(edited) if edited is not None else source


def _variables_then_barewords(source: bytes) -> bytes:
    """`_VARIABLE_THEN_BAREWORD` applied to the lines where a variable, a comma and a word meet (found
    with one scan for the shape: most lines with a comma have none)."""
    edited: bytearray | None = None
    done = -1
    for found in _VARIABLE_COMMA_WORD.finditer(source):
        start = source.rfind(b"\n", 0, found.start()) + 1
        if start <= done:
            continue
        end = source.find(b"\n", found.start())
        done = end = len(source) if end < 0 else end
        line = bytes(edited[start:end]) if edited is not None else source[start:end]
        rewritten = _VARIABLE_THEN_BAREWORD.sub(rb"\1$", line)
        if rewritten != line:
            edited = edited if edited is not None else bytearray(source)
            edited[start:end] = rewritten
    return bytes(edited) if edited is not None else source


# - a line that starts with a parameter (`-Subject …`) after a backtick followed by whitespace (a
#   continuation that does not continue: PSMisleadingBacktick). PowerShell reads that line as a command
#   named `-Subject` (it fails when run, it parses); the grammar reads unary minus and gives up →
#   `_Subject …`. The operators a statement may start with (`-not`, `-bnot`, `-split`, `-join`) stay.
_BROKEN_CONTINUATION = re.compile(rb"`[ \t]+\r?\n[ \t]*(-)(?!(?:not|bnot|split|join)\b)[A-Za-z]\w*(?=[ \t:\r\n]|$)",
                                  re.IGNORECASE)


def _parameter_lines_after_broken_continuations(source: bytes) -> bytes:
    edited: bytearray | None = None
    for needle in (b"` ", b"`\t"):
        position = source.find(needle)
        while position >= 0:
            match = _BROKEN_CONTINUATION.match(source, position)
            if match is not None:
                edited = edited if edited is not None else bytearray(source)
                edited[match.start(1)] = 0x5F  # _
            position = source.find(needle, position + 1)
    return bytes(edited) if edited is not None else source


# - more than one attribute on a class member (`[DscProperty(Key)]` then `[ValidateSet('a', 'b')]` then
#   `[string]$Name`): the grammar takes one attribute before the type → every attribute after the first
#   becomes a block comment of the same length (`<#alidateSet('a', 'b'#>`). Only at a class body's member
#   level: a param block takes any number of attributes.
_CLASS_HEADER = re.compile(rb"(?im)(?:^|[;}])[ \t]*(?:\[[^\]\r\n]*\][ \t]*)*class[ \t]+\w+[^{\r\n#]*(?:\r?\n[ \t]*)?\{")
_MEMBER_ATTRIBUTE = re.compile(rb"\[[ \t]*[A-Za-z_][\w.]*[ \t]*\((?:[^()\r\n]|\([^()\r\n]*\))*\)[ \t]*\]")
_BLANKS = re.compile(rb"\s*")
_CLASS_BODY_STOP = re.compile(rb"['\"#{}\[]")
MAX_CLASS_BODY = 200_000


def _class_member_attributes(source: bytes) -> bytes:
    edited: bytearray | None = None

    def comment_out(extras: list[re.Match[bytes]]) -> None:
        nonlocal edited
        for extra in extras:
            edited = edited if edited is not None else bytearray(source)
            edited[extra.start() : extra.start() + 2] = b"<#"
            edited[extra.end() - 2 : extra.end()] = b"#>"

    done = 0  # a header inside a class body already scanned is not scanned again (each byte once)
    for header in _CLASS_HEADER.finditer(source):
        if header.start() < done:
            continue
        depth, index, stop = 1, header.end(), min(len(source), header.end() + MAX_CLASS_BODY)
        attributes: list[re.Match[bytes]] = []
        while index < stop and depth > 0:
            if attributes:  # the next non-blank byte continues the run of attributes or ends it
                index = _BLANKS.match(source, index, stop).end()  # type: ignore[union-attr]
                attribute = _MEMBER_ATTRIBUTE.match(source, index, stop)
                if attribute is not None:
                    attributes.append(attribute)
                    index = attribute.end()
                    continue
                comment_out(attributes[1:])
                attributes = []
            found = _CLASS_BODY_STOP.search(source, index, stop)
            if found is None:
                break
            index = found.start()
            byte = source[index]
            if byte in b"'\"":  # a string on this line
                close = source.find(bytes([byte]), index + 1, stop)
                newline = source.find(b"\n", index + 1, stop)
                index = close if close >= 0 and (newline < 0 or close < newline) else index
            elif byte == 0x23:  # a comment: `<# … #>`, else to the end of the line
                block = index > 0 and source[index - 1] == 0x3C
                close = source.find(b"#>", index + 1, stop) if block else source.find(b"\n", index, stop)
                index = close if close >= 0 else stop
            elif byte == 0x7B:  # {
                depth += 1
            elif byte == 0x7D:  # }
                depth -= 1
            elif depth == 1:  # [ at member level: an attribute, or the member's type
                attribute = _MEMBER_ATTRIBUTE.match(source, index, stop)
                if attribute is not None:
                    attributes = [attribute]
                    index = attribute.end()
                    continue
            index += 1
        comment_out(attributes[1:])
        done = index
    return bytes(edited) if edited is not None else source


def parser_input(source: bytes) -> bytes:
    """`source` with the valid syntax the grammar lacks rewritten into same-length text it reads.

    Each rewrite runs only where a substring it needs occurs (most are confined to one line; the
    param-block one starts at `param`, the broken-continuation one at a backtick): scanning 1 MiB
    with each pattern cost 130 ms.
    """
    lower = source.lower()  # the rewrites below keep every byte's case and position
    if b"\xc2\xa0" in source or b"\xe2\x80" in source:
        source = _typographic_characters(source)
    if b"``" in source:
        source = _escaped_backticks(source)
    source = _rewrite_lines(source, lower, (b"?.", b"?["), _null_conditional)
    if b"witch" in source:
        source = _separate_switch_clauses(source)
    source = quote_barewords_after_expressions(source)
    source = separate_members_after_calls(source)
    source = _literal_dollars_in_words(source)
    if b'`"' in source:
        source = _ESCAPED_QUOTE_IN_WORD.sub(b"__", source)
    source = _bracketed_wildcards(source)
    source = _rewrite_lines(source, lower, _KEYWORD_COMMAND_NEEDLES, _keyword_command_names)
    if b"=\"" in source or b"='" in source:
        source = _quoted_option_values(source)
    if b"&" in source:
        source = _background_operators(source)
    source = _rewrite_lines(source, lower, _QUOTED_THEN_BAREWORD_NEEDLES, _substitution(_QUOTED_THEN_BAREWORD, rb"\1$"))
    source = _variables_then_barewords(source)
    source = _rewrite_lines(source, lower, (b"`",), _substitution(_TICK_IN_WORD, rb"\1_"))
    source = _rewrite_lines(source, lower, _UNARY_OPERATOR_NEEDLES, _substitution(_UNARY_OPERATOR_AS_PARAMETER, rb"\1_"))
    source = _rewrite_lines(source, lower, _LOOP_LABEL_NEEDLES, _substitution(_LOOP_LABEL_JUMP, _blank_label))
    source = _rewrite_lines(source, lower, _TYPE_BEFORE_COMMAND_NEEDLES,
                            _substitution(_TYPE_NAME_BEFORE_COMMAND, _separate_type_name))
    if b"` " in source or b"`\t" in source:
        source = _parameter_lines_after_broken_continuations(source)
    source = _param_parentheses_below(source, lower)
    if b"lass" in source:
        source = _class_member_attributes(source)
    return _named_blocks_after_param(source, lower)
