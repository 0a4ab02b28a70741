"""`[Diagnostics.CodeAnalysis.SuppressMessageAttribute(…)]` honoured the way PSScriptAnalyzer does.

    [SuppressMessageAttribute('PSRuleName', 'SuppressionId', Scope = 'Function', Target = 'Get-*')]

- The attribute sits on a param block: the script's (applies to the whole script) or a
  function's (applies to that function's body, nested functions included).
- The rule name may be written with or without the `PS` prefix, case-insensitively.
- A non-empty second argument (the suppression id) narrows it to findings about that name
  (a parameter, variable or command): the name must appear in the finding's source extract, or
  as `$name`/`'name'` in its message, the nearest we can get to PSScriptAnalyzer's per-rule
  suppression ids.
- `Scope = 'Function'` (or `'Class'`) with `Target` applies to every function whose name matches
  the target (wildcards or a regular expression; no target means every function), wherever the
  attribute is written.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterable
from bisect import bisect_right
from dataclasses import dataclass

from psscript_graphql.analyzer.findings import Finding
from psscript_graphql.analyzer.parse import ScriptTree

_ATTRIBUTE = re.compile(
    rb"(?i)\[\s*(?:System\.)?(?:Diagnostics\.CodeAnalysis\.)?SuppressMessage(?:Attribute)?\s*\((?P<args>[^()\]]*)\)\s*\]"
)
_ARGUMENT = re.compile(r"""\s*(?:(?P<key>\w+)\s*=\s*)?(?P<value>'(?:[^']|'')*'|"[^"]*"|[^,]*)\s*(?:,|$)""")


@dataclass(frozen=True, slots=True)
class Suppression:
    """One attribute: which rule, optional id, and the line ranges it covers."""

    rule: str  # lower-case, without the PS prefix
    suppression_id: str  # lower-case; "" for every finding of the rule
    ranges: tuple[tuple[int, int], ...]  # 1-based inclusive line ranges

    def covers(self, finding: Finding) -> bool:
        name = finding.rule.lower().removeprefix("ps")
        if name != self.rule and finding.detail.lower().removeprefix("ps") != self.rule:
            return False
        if not any(first <= finding.line <= last for first, last in self.ranges):
            return False
        return self.names(finding)

    def names(self, finding: Finding) -> bool:
        """Whether the finding is about the suppression id's name (always, without an id)."""
        if not self.suppression_id:
            return True
        name = re.escape(self.suppression_id)
        in_extract = re.search(r"(?<![\w-])\$?" + name + r"(?![\w-])", finding.extract, re.IGNORECASE)
        # In the message only as a quoted or $-prefixed name: messages also use ordinary words.
        in_message = re.search(r"[$'\"]" + name + r"(?![\w-])", finding.message, re.IGNORECASE)
        return bool(in_extract or in_message)


def _arguments(text: str) -> tuple[list[str], dict[str, str]]:
    positional: list[str] = []
    named: dict[str, str] = {}
    for match in _ARGUMENT.finditer(text):
        raw = match.group("value").strip()
        if not raw and match.group("key") is None:
            continue
        value = raw[1:-1].replace("''", "'") if raw[:1] in "'\"" and len(raw) >= 2 else raw
        if match.group("key"):
            named[match.group("key").lower()] = value
        else:
            positional.append(value)
    return positional, named


def _target_matches(target: str, name: str) -> bool:
    if fnmatch.fnmatchcase(name.lower(), target.lower()):
        return True
    try:
        return re.fullmatch(target, name, re.IGNORECASE) is not None
    except re.error:
        return False


def suppressions(tree: ScriptTree) -> list[Suppression]:
    """Every SuppressMessage attribute in the script (cached per tree)."""
    return tree.cached("suppressions", lambda: list(_find(tree)))


def _find(tree: ScriptTree) -> Iterable[Suppression]:
    if not tree.mentions(b"suppressmessage"):
        return
    last_line = tree.position(max(len(tree.source) - 1, 0))[0]
    by_target: dict[str, tuple[tuple[int, int], ...]] = {}  # one pass over the functions per distinct target
    for match, offset in tree.search(_ATTRIBUTE, needles=(b"suppressmessage",)):
        positional, named = _arguments(match.group("args").decode("utf-8", "replace"))
        rule = (positional[0] if positional else named.get("category", "")).lower().removeprefix("ps")
        if not rule:
            continue
        suppression_id = (positional[1] if len(positional) > 1 else named.get("checkid", "")).lower()
        scope = named.get("scope", "").lower()
        if scope in ("function", "class"):
            target = named.get("target", "*") or "*"
            ranges = by_target.get(target)
            if ranges is None:
                ranges = by_target[target] = tuple((f.line, f.tree.position(max(f.start, f.end - 1))[0])
                                                   for f in tree.functions() if _target_matches(target, f.name))
        else:
            owner = tree.function_at(offset)
            ranges = ((owner.line, tree.position(owner.end - 1)[0]),) if owner is not None else ((1, last_line),)
        yield Suppression(rule, suppression_id, ranges)


class _Index:
    """Suppressions grouped by rule, then by suppression id, with their line ranges merged.

    Asking every attribute about every finding is quadratic in a script of thousands of
    attributes and findings; here a finding looks up its rule's groups and bisects their lines.
    """

    def __init__(self, found: list[Suppression]) -> None:
        grouped: dict[str, dict[str, dict[int, tuple[tuple[int, int], ...]]]] = {}
        for suppression in found:
            by_id = grouped.setdefault(suppression.rule, {})
            by_id.setdefault(suppression.suppression_id, {})[id(suppression.ranges)] = suppression.ranges
        # rule → [(suppression, first lines, last lines)]: one representative per suppression id
        # (covers() reads only its rule and id), ranges merged into disjoint ascending runs.
        self._groups: dict[str, list[tuple[Suppression, list[int], list[int]]]] = {}
        for rule, by_id in grouped.items():
            for suppression_id, range_sets in by_id.items():
                firsts, lasts = _merged([pair for ranges in range_sets.values() for pair in ranges])
                representative = Suppression(rule, suppression_id, ((1, 1),))
                self._groups.setdefault(rule, []).append((representative, firsts, lasts))

    def covers(self, finding: Finding) -> bool:
        rules = {finding.rule.lower().removeprefix("ps"), finding.detail.lower().removeprefix("ps")}
        line = finding.line
        for rule in rules:
            for suppression, firsts, lasts in self._groups.get(rule, ()):
                index = bisect_right(firsts, line) - 1
                if index >= 0 and line <= lasts[index] and suppression.names(finding):
                    return True
        return False


def _merged(ranges: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    firsts: list[int] = []
    lasts: list[int] = []
    for first, last in sorted(ranges):
        if first > last:
            continue  # covers no line
        if lasts and first <= lasts[-1] + 1:
            lasts[-1] = max(lasts[-1], last)
        else:
            firsts.append(first)
            lasts.append(last)
    return firsts, lasts


def without_suppressed(tree: ScriptTree, findings: list[Finding]) -> list[Finding]:
    """The findings no SuppressMessage attribute of the script covers."""
    found = suppressions(tree)
    if not found:
        return findings
    index = _Index(found)
    return [finding for finding in findings if not index.covers(finding)]
