"""Suggested corrections: the mechanical fixes PSScriptAnalyzer offers, attached to findings.

After the rules ran, `attach_corrections` gives each finding of a rule listed in `_SUGGESTERS`
its edit, found from the finding's position in the tree: alias → cmdlet name, `$null` to the
left of a comparison, trailing whitespace removed, single quotes for constant strings, an
approved verb for a common unapproved one, the cmdlet's own casing, and a few opt-in style
rules (semicolons, `!`, misleading backticks, `New-Object Hashtable`). `apply_corrections`
applies every correction that does not overlap an earlier one — a frontend's "fix all".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from itertools import accumulate
from operator import attrgetter
from typing import Any

from psscript_graphql.analyzer import aliases
from psscript_graphql.analyzer.commands import Command
from psscript_graphql.analyzer.findings import Correction, Finding
from psscript_graphql.analyzer.folded_script import offset_at
from psscript_graphql.analyzer.intervals import IntervalIndex
from psscript_graphql.analyzer.parse import ScriptTree

# Unapproved verbs with one obvious approved replacement (Get-Verb's own guidance).
VERB_REPLACEMENTS = {
    "append": "Add", "attach": "Add", "calculate": "Measure", "change": "Set", "check": "Test", "create": "New",
    "delete": "Remove", "destroy": "Remove", "display": "Show", "download": "Save", "duplicate": "Copy",
    "erase": "Clear", "execute": "Invoke", "extract": "Expand", "fetch": "Get", "generate": "New", "insert": "Add",
    "kill": "Stop", "launch": "Start", "list": "Get", "load": "Import", "make": "New", "modify": "Set",
    "print": "Write", "query": "Get", "retrieve": "Get", "run": "Invoke", "terminate": "Stop", "unzip": "Expand",
    "validate": "Test", "verify": "Test", "zip": "Compress",
}
_HASHTABLE_TYPES = frozenset({"hashtable", "system.collections.hashtable"})

Suggester = Callable[[ScriptTree, int], "tuple[int, int, str, str] | None"]


def _commands_by_start(tree: ScriptTree) -> dict[int, Command]:
    return tree.cached("commands_by_start", lambda: {command.start: command for command in tree.commands()})


def _by_start(tree: ScriptTree, kind: str) -> dict[int, Any]:
    """Strings, comparisons or functions by start offset (built once per tree: findings look them up)."""
    def build() -> dict[int, Any]:
        items = {"strings": tree.strings, "comparisons": tree.comparisons, "functions": tree.functions}[kind]()
        return {item.start: item for item in items}

    return tree.cached(f"corrections:{kind}", build)


def _command_named_at(tree: ScriptTree, offset: int) -> Command | None:
    """The command starting at `offset`, or whose name starts there (after `&` or `.`)."""
    command = _commands_by_start(tree).get(offset)
    if command is not None:
        return command
    by_name = tree.cached("commands_by_name_start", lambda: {
        tree.source.find(c.name.encode("utf-8"), c.start, c.end): c for c in tree.commands() if c.invocation_operator})
    return by_name.get(offset)


def _alias(tree: ScriptTree, offset: int) -> tuple[int, int, str, str] | None:
    command = _commands_by_start(tree).get(offset)
    target = (command.alias_of or aliases.IMPLICIT_GET.get(command.name_lower, "")) if command is not None else ""
    if command is None or not target or command.invocation_operator:
        return None
    end = offset + len(command.name.encode("utf-8"))
    if tree.source[offset:end].decode("utf-8", "replace") != command.name:
        return None
    return offset, end, target, f"Replace the alias '{command.name}' with '{target}'."


def alias_corrections(
    tree: ScriptTree, commands: Sequence[Command], positions: Sequence[tuple[int, int]]
) -> list[Correction | None]:
    """For each aliased command at its (line, column), what `correction_at(tree, "PSAvoidUsingCmdletAliases",
    command.start, position)` answers, in one pass: the alias rule can have a finding on every line.

    What `_alias` derives from the name (its bytes, its width, the cmdlet, the description) is worked out once
    per distinct name here, and a name written in the source as it is spelled (`startswith` on the bytes) is
    the common case; anything else — a command not the one `_alias` would find at that offset, `& name`, a
    name spanning lines or not found as written — takes the general path, so the answer is always the same.
    """
    by_start, source = _commands_by_start(tree), tree.source
    edits: dict[tuple[str, str], tuple[bytes, int, str, str] | None] = {}
    corrections: list[Correction | None] = []
    for command, (line, column) in zip(commands, positions):
        key = (command.name, command.alias_of)
        edit = edits[key] if key in edits else edits.setdefault(key, _alias_edit(command))
        if (edit is None or command.invocation_operator or by_start.get(command.start) is not command
                or not source.startswith(edit[0], command.start)):
            corrections.append(correction_at(tree, "PSAvoidUsingCmdletAliases", command.start, (line, column)))
            continue
        _, width, target, description = edit
        corrections.append(Correction(line, column, line, column + width, target, description))
    return corrections


def _alias_edit(command: Command) -> tuple[bytes, int, str, str] | None:
    """(name as bytes, its width in characters, cmdlet, description) of an alias's replacement; None when the
    general path must decide (no target, a name over several lines)."""
    target = command.alias_of or aliases.IMPLICIT_GET.get(command.name_lower, "")
    if not target or "\n" in command.name:
        return None
    # The bytes equal the name's encoding, so the decoded text is the name and its width is len(name).
    return (command.name.encode("utf-8"), len(command.name), target,
            f"Replace the alias '{command.name}' with '{target}'.")


def _null_comparison(tree: ScriptTree, offset: int) -> tuple[int, int, str, str] | None:
    comparison = _by_start(tree, "comparisons").get(offset)
    if comparison is None or comparison.right.strip().lower() != "$null":
        return None
    operator = re.search(r"(?i)\s(-[a-z]+)\s", tree.text_of_span(comparison))
    written = operator.group(1) if operator else comparison.operator
    replacement = f"$null {written} {comparison.left.strip()}"
    return comparison.start, comparison.end, replacement, "Put $null on the left side of the comparison."


def _trailing_whitespace(tree: ScriptTree, offset: int) -> tuple[int, int, str, str] | None:
    end = _blank_run_end(tree.source, offset)
    if end is None:
        return None
    if _here_strings(tree).contains(offset):
        return None  # reported, as PSScriptAnalyzer does, but removing it would change the string's value
    return offset, end, "", _REMOVE_TRAILING


_BLANKS = re.compile(rb"[ \t]*")
_REMOVE_TRAILING = "Remove the trailing whitespace."


def _blank_run_end(source: bytes, offset: int) -> int | None:
    """Where the spaces and tabs starting at `offset` end, when they end the line (or the text); else None."""
    end = _BLANKS.match(source, offset).end()  # type: ignore[union-attr]  # (matches the empty run too)
    return end if end > offset and source[end : end + 1] in (b"\n", b"\r", b"") else None


def trailing_whitespace_corrections(
    tree: ScriptTree, offsets: Sequence[int], positions: Sequence[tuple[int, int]]
) -> list[Correction | None]:
    """For each offset at its (line, column), what `correction_at(tree, "PSAvoidTrailingWhitespace", offset,
    position)` answers, in one pass: a script can have trailing whitespace on every line. The run of blanks is
    on one line and one byte per character, so its end column is its start column plus its length."""
    source, here_strings = tree.source, _here_strings(tree) if offsets else None
    corrections: list[Correction | None] = []
    for offset, (line, column) in zip(offsets, positions):
        end = _blank_run_end(source, offset)
        if end is None or (here_strings and here_strings.contains(offset)):
            corrections.append(None)
        else:
            corrections.append(Correction(line, column, line, column + end - offset, "", _REMOVE_TRAILING))
    return corrections


def _here_strings(tree: ScriptTree) -> IntervalIndex:
    """The script's here-strings (built once per tree)."""
    # Every here-string starts with `@`: a script without one has none, and its strings need not be built.
    return tree.cached("corrections:here-strings", lambda: IntervalIndex(
        [s for s in tree.strings() if s.here] if b"@" in tree.source else []))


def _double_quotes(tree: ScriptTree, offset: int) -> tuple[int, int, str, str] | None:
    literal = _by_start(tree, "strings").get(offset)
    if literal is None or literal.here:
        return None
    text = literal.text
    if len(text) < 2 or text[0] != '"' or text[-1] != '"' or any(c in literal.value for c in "'`$\"\u2018\u2019"):
        return None
    return literal.start, literal.end, f"'{literal.value}'", "Use single quotes for a string that expands nothing."


def _approved_verb(tree: ScriptTree, offset: int) -> tuple[int, int, str, str] | None:
    function = _by_start(tree, "functions").get(offset)
    if function is None or not function.verb:
        return None
    verb = VERB_REPLACEMENTS.get(function.verb.lower())
    if verb is None or tree.commands_named(function.name):
        return None  # no mechanical verb, or callers in this file would need renaming too
    at = tree.source.find(function.name.encode("utf-8"), function.start, function.body_start)
    if at < 0:
        return None
    renamed = f"{verb}-{function.noun}"
    return at, at + len(function.name.encode("utf-8")), renamed, f"Rename {function.name} to {renamed}."


def _casing(tree: ScriptTree, offset: int) -> tuple[int, int, str, str] | None:
    command = _command_named_at(tree, offset)
    if command is None:
        return None
    name_at = tree.source.find(command.name.encode("utf-8"), command.start, command.end)
    canonical = aliases.canonical_cmdlet(command.name) if not command.alias_of else None
    if name_at < 0 or canonical is None or canonical == command.name or canonical.lower() != command.name.lower():
        return None
    end = name_at + len(command.name.encode("utf-8"))
    return name_at, end, canonical, f"Write {command.name} as {canonical}."


def _delete_character(character: bytes, description: str) -> Suggester:
    def suggest(tree: ScriptTree, offset: int) -> tuple[int, int, str, str] | None:
        if tree.source[offset : offset + 1] != character:
            return None
        return offset, offset + 1, "", description

    return suggest


def _exclaim(tree: ScriptTree, offset: int) -> tuple[int, int, str, str] | None:
    if tree.source[offset : offset + 1] != b"!":
        return None
    spaced = tree.source[offset + 1 : offset + 2] in (b" ", b"\t")
    return offset, offset + 1, "-not" if spaced else "-not ", "Use -not instead of !."


def _misleading_backtick(tree: ScriptTree, offset: int) -> tuple[int, int, str, str] | None:
    start = offset + 1 if tree.source[offset : offset + 1] == b"`" else offset
    return _trailing_whitespace(tree, start)


def _hashtable_initializer(tree: ScriptTree, offset: int) -> tuple[int, int, str, str] | None:
    command = _commands_by_start(tree).get(offset)
    if command is None or command.resolved_lower != "new-object" or len(command.arguments) > 2:
        return None
    type_name = command.value_of("TypeName", prefix=1, position=0)
    if type_name is None or type_name.value.strip().lower() not in _HASHTABLE_TYPES:
        return None
    return command.start, command.end, "@{}", "Create the hashtable with the literal @{}."


_SUGGESTERS: dict[str, Suggester] = {
    "PSAvoidUsingCmdletAliases": _alias,
    "PSPossibleIncorrectComparisonWithNull": _null_comparison,
    "PSAvoidTrailingWhitespace": _trailing_whitespace,
    "PSAvoidUsingDoubleQuotesForConstantString": _double_quotes,
    "PSUseApprovedVerbs": _approved_verb,
    "PSUseCorrectCasing": _casing,
    "PSAvoidSemicolonsAsLineTerminators": _delete_character(b";", "Remove the semicolon."),
    "PSAvoidExclaimOperator": _exclaim,
    "PSMisleadingBacktick": _misleading_backtick,
    "PSUseLiteralInitializerForHashtable": _hashtable_initializer,
}
CORRECTABLE_RULES = frozenset(_SUGGESTERS)


def correction_for(tree: ScriptTree, finding: Finding) -> Correction | None:
    """The suggested edit for a finding, or None when its rule has none or the fix is not mechanical here."""
    if finding.correction is not None or finding.rule not in _SUGGESTERS:
        return finding.correction
    return correction_at(tree, finding.rule, offset_at(tree, finding.line, finding.column))


def correction_at(
    tree: ScriptTree, rule: str, offset: int, position: tuple[int, int] | None = None
) -> Correction | None:
    """The suggested edit of `rule` for a finding at byte `offset`; `position` is that offset's
    (line, column) when the caller has it.

    A rule that knows its finding's byte offset gives the finding its correction this way when it
    builds it (`correction_for` would recover the offset from the line and column, and the finding
    would be built a second time to hold the correction). Only for findings on `tree` itself, not
    on the folded script: those are moved to other positions.
    """
    suggest = _SUGGESTERS.get(rule)
    edit = suggest(tree, offset) if suggest is not None else None
    if edit is None:
        return None
    start, end, replacement, description = edit
    start_line, start_column = position if position is not None and start == offset else tree.position(start)
    if tree.source.find(b"\n", start, end) < 0:  # on one line: the end column follows from the start's
        end_line, end_column = start_line, start_column + tree.characters(start, end)
    else:
        end_line, end_column = tree.position(end)
    return Correction(start_line, start_column, end_line, end_column, replacement, description)


def attach_corrections(tree: ScriptTree, findings: Iterable[Finding]) -> list[Finding]:
    """The findings, each with its correction where one applies (rules may have given it already)."""
    attached = []
    for finding in findings:
        correction = None
        if finding.correction is None and finding.rule in CORRECTABLE_RULES:
            correction = correction_for(tree, finding)
        attached.append(finding if correction is None else finding.with_correction(correction))
    return attached


_EDIT_FIELDS = attrgetter("start_line", "start_column", "end_line", "end_column", "replacement")


def apply_corrections(content: str, corrections: Iterable[Correction]) -> str:
    """`content` with every correction applied, skipping any that overlaps one earlier in the text.

    Positions are those of the analysed text (a leading byte-order mark is not part of it and
    is kept). Corrections that point outside the text are skipped.
    """
    bom = "\ufeff" if content.startswith("\ufeff") else ""
    text = content[len(bom):]
    line_starts = [0, *accumulate(len(line) + 1 for line in text.split("\n")[:-1])]
    lines, size = len(line_starts), len(text)
    edits = []
    # One correction per finding of a large script: fields read at C level, offsets computed inline.
    for order, (start_line, start_column, end_line, end_column, replacement) in enumerate(
        map(_EDIT_FIELDS, corrections)
    ):
        if 1 <= start_line <= lines and 1 <= end_line <= lines:
            start = line_starts[start_line - 1] + start_column - 1
            end = line_starts[end_line - 1] + end_column - 1
            if 0 <= start <= end <= size:
                edits.append((start, end, order, replacement))
    # Of two edits of one range the first given wins: the given order breaks ties, so the tuples sort as they are
    # (no key function per edit, and the replacements are never compared).
    edits.sort()
    pieces, cursor = [], 0
    for start, end, _, replacement in edits:
        if start < cursor:
            continue
        pieces.append(text[cursor:start])
        pieces.append(replacement)
        cursor = end
    pieces.append(text[cursor:])
    return bom + "".join(pieces)
