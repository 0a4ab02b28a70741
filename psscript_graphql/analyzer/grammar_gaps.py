"""Valid PowerShell the tree-sitter-pwsh grammar rejects, rewritten before parsing.

tree-sitter-pwsh 0.38 reports errors on some valid syntax, and its error recovery then
swallows the next line (a follow-on false finding). The parser is given the same bytes with
those spots rewritten into text of the same length that it reads, so every node's offsets
still point into the original source, which is what the rules read. Token-level gaps (a literal `$` in a
bare word, typographic quotes, wildcards' `[…]`, …) are in token_gaps, command-mode lists and member chains
in command_lists.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from psscript_graphql.analyzer.command_lists import quote_barewords_after_expressions, separate_glued_arguments
from psscript_graphql.analyzer.source import lines_with
from psscript_graphql.analyzer.statement_gaps import rewrite_statement_gaps
from psscript_graphql.analyzer.token_gaps import rewrite_token_gaps

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
# - `--`, the end of a command's parameters (`git log -- file.txt`, `npm test -- --ci`), which the grammar reads
#   as the decrement operator → `-_` (a parameter name, so no positional argument is counted for it).
_END_OF_PARAMETERS = re.compile(
    rb"(?im)((?:^|[|;{])[ \t]*(?:&[ \t]*)?(?!(?:return|throw|exit|if|elseif|while|until|switch|foreach|for|do|trap|param)\b)"
    rb"[A-Za-z\"'.\\][^\s;|]*(?:[ \t]+[^\s;|]+)*?[ \t]+-)-(?=[ \t]|\r?$)"
)
_END_OF_PARAMETERS_NEEDLES = (b" --",)
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
    for start, end in lines_with(_VARIABLE_COMMA_WORD, source):
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


_CLASS_WORD = re.compile(rb"class[ \t]")


def _class_headers(source: bytes, lower: bytes) -> Iterator[re.Match[bytes]]:
    """`_CLASS_HEADER` matches, searched only from the lines where `class ` occurs (running the pattern
    over every byte of a 1 MiB script cost 50 ms; most scripts have no class, many say `-Class`)."""
    searched_to = -1
    for word in _CLASS_WORD.finditer(lower):
        line_start = source.rfind(b"\n", 0, word.start()) + 1
        if line_start <= searched_to:
            continue
        line_end = source.find(b"\n", word.end())
        searched_to = line_end if line_end >= 0 else len(source)
        next_end = source.find(b"\n", line_end + 1) if line_end >= 0 else -1  # the `{` may open the next line
        header = _CLASS_HEADER.search(source, line_start, next_end + 1 if next_end >= 0 else len(source))
        if header is not None:
            yield header


def _class_member_attributes(source: bytes, lower: bytes) -> bytes:
    edited: bytearray | None = None

    def comment_out(extras: list[re.Match[bytes]]) -> None:
        nonlocal edited
        for extra in extras:
            edited = edited if edited is not None else bytearray(source)
            edited[extra.start() : extra.start() + 2] = b"<#"
            edited[extra.end() - 2 : extra.end()] = b"#>"

    done = 0  # a header inside a class body already scanned is not scanned again (each byte once)
    for header in _class_headers(source, lower):
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
    source = rewrite_token_gaps(source, lower)
    source = _rewrite_lines(source, lower, (b"?.", b"?["), _null_conditional)
    source = rewrite_statement_gaps(source)  # first: a param block's `;` lets a switch header be found
    if b"witch" in source:
        source = _separate_switch_clauses(source)
    source = quote_barewords_after_expressions(source)
    source = separate_glued_arguments(source)
    source = _rewrite_lines(source, lower, _QUOTED_THEN_BAREWORD_NEEDLES, _substitution(_QUOTED_THEN_BAREWORD, rb"\1$"))
    source = _variables_then_barewords(source)
    source = _rewrite_lines(source, lower, (b"`",), _substitution(_TICK_IN_WORD, rb"\1_"))
    source = _rewrite_lines(source, lower, _UNARY_OPERATOR_NEEDLES, _substitution(_UNARY_OPERATOR_AS_PARAMETER, rb"\1_"))
    source = _rewrite_lines(source, lower, _END_OF_PARAMETERS_NEEDLES, _substitution(_END_OF_PARAMETERS, rb"\1_"))
    source = _rewrite_lines(source, lower, _LOOP_LABEL_NEEDLES, _substitution(_LOOP_LABEL_JUMP, _blank_label))
    source = _rewrite_lines(source, lower, _TYPE_BEFORE_COMMAND_NEEDLES,
                            _substitution(_TYPE_NAME_BEFORE_COMMAND, _separate_type_name))
    if b"` " in source or b"`\t" in source:
        source = _parameter_lines_after_broken_continuations(source)
    if b"lass" in source:
        source = _class_member_attributes(source, lower)
    return _named_blocks_after_param(source, lower)
