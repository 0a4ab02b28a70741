"""Security rules for obfuscation: text assembled so a reader (or a scanner) cannot see what runs.

Legitimate scripts have no reason to spell commands as character codes, reverse strings,
sprinkle backticks through identifiers or build words from `-f` fragments.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from psscript_graphql.analyzer.elements import unwrap
from psscript_graphql.analyzer.findings import Category, Finding, Severity, shorten
from psscript_graphql.analyzer.fold_roots import script_roots
from psscript_graphql.analyzer.model import Span, unquote
from psscript_graphql.analyzer.parse import ScriptTree
from psscript_graphql.analyzer.rules.common import reaches_execution, search_findings, string_index

SECURITY = Category.SECURITY
_CHAR_TYPES = frozenset({"[char]", "[system.char]"})
_CHAR_ARRAY_TYPES = frozenset({"[char[]]", "[system.char[]]"})
_NUMBER_NODES = frozenset({"integer_literal", "hexadecimal_integer_literal", "decimal_integer_literal"})
_JOIN = re.compile(rb"(?i)-join\b")
CHAR_CODE_THRESHOLD = 3


def avoid_char_code_strings(tree: ScriptTree) -> Iterator[Finding]:
    """PSObfuscationCharCodes: commands spelled as `[char]73+[char]69+…` hide their text from review and AV."""
    per_line: dict[int, list[Span]] = {}
    for node in tree.nodes("cast"):
        type_text = tree.text_of(node.named_child(0)).lower().replace(" ", "")
        operand = unwrap(node.named_child(node.named_child_count - 1))
        if type_text in _CHAR_TYPES and operand.type in _NUMBER_NODES:
            per_line.setdefault(node.start_point.row + 1, []).append(Span(**tree.span_of(node)))
        elif type_text in _CHAR_ARRAY_TYPES and tree.text_of(operand).count(",") >= CHAR_CODE_THRESHOLD - 1:
            per_line.setdefault(node.start_point.row + 1, []).extend([Span(**tree.span_of(node))] * CHAR_CODE_THRESHOLD)
    hint = "Write the text literally; if it must be built, explain why in a comment."
    reported: set[int] = set()
    for line, casts in sorted(per_line.items()):
        if len(casts) >= CHAR_CODE_THRESHOLD:
            reported.add(line)
            yield Finding.at(casts[0], rule="PSObfuscationCharCodes", severity=Severity.WARNING,
                             message="Text is assembled from character codes.", hint=hint, category=SECURITY)
    # A line with both -join and [char]; checked per line (a regex spanning both would rescan
    # the rest of a long line from every [char] and take quadratic time on large payloads).
    lines_seen: set[int] = set()
    for _, offset in tree.search(_JOIN, needles=(b"-join",)):
        line, _column = tree.position(offset)
        if line in lines_seen or line in reported:
            continue
        lines_seen.add(line)
        start = tree._line_starts[line - 1]
        end = tree.source.find(b"\n", start)
        text = tree.lower[start : end if end >= 0 else len(tree.source)]
        char_at = text.find(b"[char]")
        # `-join (… | Get-Random -Count 14 | % { [char]$_ })` is a random password, not a hidden word.
        if char_at < 0 or b"random" in text:
            continue
        column = tree.position(start + min(char_at, offset - start))[1]
        yield Finding("PSObfuscationCharCodes", Severity.WARNING, "-join assembles text from [char] values.", line,
                      column, hint, SECURITY, shorten(tree.line_text(line)))


_REVERSED_INDEX = re.compile(rb"\[\s*-1\s*\.\.\s*-")
_RIGHT_TO_LEFT = re.compile(rb"(?i)['\"]RightToLeft['\"]")


def avoid_string_reversal(tree: ScriptTree) -> Iterator[Finding]:
    """PSObfuscationStringReversal: strings stored backwards and reversed at run time hide commands."""
    hint = "Store the text the right way round."
    for member in tree.member_invocations():
        if member.name.lower() == "reverse" and member.target.lower() in ("[array]", "[system.array]"):
            yield Finding.at(member, rule="PSObfuscationStringReversal", severity=Severity.WARNING,
                             message="[array]::Reverse is used to reverse data at run time.", hint=hint,
                             category=SECURITY)
    yield from search_findings(tree, _REVERSED_INDEX, rule="PSObfuscationStringReversal", severity=Severity.WARNING,
                               message="A [-1..-n] index reverses a string or array.", hint=hint, needles=(b"-1",))
    yield from search_findings(tree, _RIGHT_TO_LEFT, rule="PSObfuscationStringReversal", severity=Severity.WARNING,
                               message="A right-to-left regex match reverses text.", hint=hint,
                               needles=(b"righttoleft",))


# Outside strings a backtick is only needed before a newline or a space; before a letter it
# changes nothing, so its only purpose is to break up keywords for scanners.
_TICKED_WORD = re.compile(rb"[\w-]*`[A-Za-z0-9][\w`-]*")


def avoid_backtick_obfuscation(tree: ScriptTree) -> Iterator[Finding]:
    """PSObfuscationBacktick: backticks inside identifiers (``I`nv`oke-Ex`pression``) defeat keyword search."""
    matches = list(tree.search(_TICKED_WORD, needles=(b"`",)))
    if not matches:
        return
    strings = string_index(tree)
    seen: set[int] = set()
    for match, offset in matches:
        if strings.contains(offset):
            continue
        span = Span(**tree.span(offset, match.end()))
        if span.line in seen:
            continue
        seen.add(span.line)
        word = match.group().decode("utf-8", "replace")
        yield Finding.at(span, rule="PSObfuscationBacktick", severity=Severity.WARNING,
                         message=f"Backticks break up the identifier {word}.",
                         hint=f"Write it plainly: {word.replace('`', '')}.", category=SECURITY)


_ONLY_PLACEHOLDERS = re.compile(r"^(?:\{(\d+)\})+$")


def avoid_format_string_building(tree: ScriptTree) -> Iterator[Finding]:
    """PSObfuscationFormatString: `"{1}{0}" -f 'ex','i'` assembles words from fragments so no scanner sees them."""
    for node in tree.nodes("format"):
        left = unwrap(node.named_child(0))
        if left.type != "string_literal":
            continue
        template = unquote(tree.text_of(left))
        if not _ONLY_PLACEHOLDERS.match(template):
            continue
        order = [int(number) for number in re.findall(r"\{(\d+)\}", template)]
        right = unwrap(node.named_child(node.named_child_count - 1))
        fragments = right.named_child_count if right.type == "array_literal_expression" else 1
        if len(order) < 2 or fragments < 2:
            continue
        sink = reaches_execution(tree, node.start_byte, node.end_byte)
        shuffled = order != sorted(order)
        if sink is None and not shuffled:
            continue
        yield Finding.at(Span(**tree.span_of(node)), rule="PSObfuscationFormatString",
                         severity=Severity.ERROR if sink is not None else Severity.WARNING,
                         message="Text is assembled from -f fragments"
                                 + (f" and executed by {sink.what}." if sink is not None else " in shuffled order."),
                         hint="Write the command or string literally.", category=SECURITY)


def avoid_obfuscated_command_name(tree: ScriptTree) -> Iterator[Finding]:
    """PSObfuscatedCommandName: `& ('New-'+'Object')`, `.("{1}{0}" -f 'x','ie')`, `$wc.('Down'+'loadString')()`:
    a command or method name computed from constant pieces exists only to hide it from readers and scanners."""
    for root in script_roots(tree):
        if root.role not in ("command", "member") or not root.hidden:
            continue
        if root.role == "member" and not _called(tree, root.end):
            continue  # a computed property read (`$settings.($prefix + '-Location')`) calls nothing
        written = " ".join(tree.extract(root.start, root.end).split())
        what = "command" if root.role == "command" else "method"
        message = (f"{written} is an alias the script defines for {root.value}." if root.alias
                   else f"The {what} name {written} is computed from constant text; it resolves to {root.value}.")
        yield Finding.at(Span(**tree.span(root.start, root.end)), rule="PSObfuscatedCommandName",
                         severity=Severity.ERROR, message=message, hint=f"Call {root.value} by name.",
                         category=SECURITY)


_INVOKED = re.compile(rb"(?i)\.invoke\s*\(")


def _called(tree: ScriptTree, end: int) -> bool:
    """A member name followed by its arguments, or by `.Invoke(…)` on the method it names
    (`$wc.('Down' + 'loadString').Invoke($url)`)."""
    return tree.source[end : end + 1] == b"(" or _INVOKED.match(tree.source, end) is not None


RULES = (
    avoid_char_code_strings,
    avoid_string_reversal,
    avoid_backtick_obfuscation,
    avoid_format_string_building,
    avoid_obfuscated_command_name,
)
