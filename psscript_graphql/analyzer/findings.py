"""What a rule reports: a `Finding` with a rule id, a `Severity`, a 1-based position and a fix hint.

Findings are values, never changed once built, so rules can be run in any order and their output
compared, deduplicated and sorted without surprises. They are not `frozen` dataclasses only because
frozen construction costs several times more (every field goes through `object.__setattr__`) and a
1 MiB script can have 100k findings: nothing assigns to a finding's fields, `replaced` makes a new one.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, fields
from operator import attrgetter
from typing import Any, Protocol

from tree_sitter import Node

EXTRACT_LIMIT = 120


class Severity(enum.StrEnum):
    """How bad a finding is; the string values are what the API and the database store."""

    INFORMATION = "information"
    WARNING = "warning"
    ERROR = "error"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        """0 for information up to 3 for critical, for sorting and thresholds."""
        return _RANKS[self]


_RANKS = {Severity.INFORMATION: 0, Severity.WARNING: 1, Severity.ERROR: 2, Severity.CRITICAL: 3}


class Category(enum.StrEnum):
    """Which rule family produced a finding; decides the result column it lands in."""

    SECURITY = "security"
    BEST_PRACTICE = "best_practice"
    PERFORMANCE = "performance"
    COMPATIBILITY = "compatibility"
    PARSE = "parse"


class Located(Protocol):
    """Anything with a 1-based position and a short source extract (every syntax model object)."""

    @property
    def line(self) -> int: ...

    @property
    def column(self) -> int: ...

    @property
    def extract(self) -> str: ...


def shorten(text: str) -> str:
    """First line of `text`, stripped and cut to EXTRACT_LIMIT characters."""
    if len(text) > _HEAD:
        # Rules pass whole lines, and one line may be a 1 MiB script: when its head already
        # holds the end of the first line, or more than the limit, the head gives the same answer.
        head = text[:_HEAD].lstrip()
        if "\n" in head or len(head.rstrip()) > EXTRACT_LIMIT:
            text = head
    first = text.strip()
    if "\n" in first:  # (one line, the common case, needs no split)
        first = first.split("\n", 1)[0].rstrip("\r").strip()
    return first if len(first) <= EXTRACT_LIMIT else first[: EXTRACT_LIMIT - 1] + "…"


_HEAD = 4 * EXTRACT_LIMIT


# Not frozen (see the module docstring), but hashable by value as a frozen dataclass would be.
@dataclass(slots=True, unsafe_hash=True)
class Correction:
    """A suggested edit: replace source text from (start_line, start_column) up to, not including,
    (end_line, end_column) — 1-based lines and character columns — with `replacement`."""

    start_line: int
    start_column: int
    end_line: int
    end_column: int
    replacement: str
    description: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "start_line": self.start_line,
            "start_column": self.start_column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "replacement": self.replacement,
            "description": self.description,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Correction | None:
        """The stored form back; None when it is incomplete (written by another analyzer version)."""
        try:
            numbers = [int(data[key]) for key in ("start_line", "start_column", "end_line", "end_column")]
            return cls(*numbers, str(data["replacement"]), str(data.get("description", "")))
        except (KeyError, TypeError, ValueError):
            return None


@dataclass(slots=True, unsafe_hash=True)  # not frozen: see the module docstring
class Finding:
    """One rule hit. `line`/`column` are 1-based; `extract` is a short snippet of the source.

    `technique` is the MITRE ATT&CK technique id (`T1490`, `T1070.001`) of attack findings;
    `correction` is a suggested edit where the fix is mechanical.
    """

    rule: str
    severity: Severity
    message: str
    line: int
    column: int
    hint: str = ""
    category: str = ""
    extract: str = ""
    detail: str = ""  # a finer id under a PSScriptAnalyzer id (PSUseCompatibleSyntax → PSCompatibilityTernary)
    technique: str = ""
    correction: Correction | None = None

    @classmethod
    def at(
        cls,
        where: Located | Any,
        *,
        rule: str,
        severity: Severity,
        message: str,
        hint: str = "",
        category: str = "",
        detail: str = "",
        technique: str = "",
        correction: Correction | None = None,
    ) -> Finding:
        """A finding positioned at a syntax model object, or at a raw tree-sitter node.

        Model objects carry character columns; a raw node only knows its byte column, which
        differs on lines with non-ASCII text, so rules prefer model objects.
        """
        if isinstance(where, Node):
            point, raw = where.start_point, where.text or b""
            return cls(rule, severity, message, point.row + 1, point.column + 1, hint, category,
                       shorten(raw.decode("utf-8", "replace")), detail, technique, correction)
        position = getattr(where, "position", None)  # a model Span: line and column in one lookup
        if isinstance(position, tuple):
            return cls(rule, severity, message, *position, hint, category, where.extract, detail, technique, correction)
        return cls(rule, severity, message, where.line, where.column, hint, category, where.extract,
                   detail, technique, correction)

    def replaced(self, **changes: Any) -> Finding:
        """`dataclasses.replace(self, **changes)`, without its per-call field introspection (a
        1 MiB script can have 100k findings, each tagged or given a correction)."""
        values = list(_FIELD_VALUES(self))
        for name, value in changes.items():
            values[_FIELD_INDEX[name]] = value
        return Finding(*values)

    def with_correction(self, correction: Correction | None) -> Finding:
        """The finding with `correction` (its last field): `replaced(correction=…)` without the
        name lookups, for scripts where every line's finding gets one."""
        return Finding(*_FIELD_VALUES(self)[:-1], correction)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form stored in the analysis columns (technique and correction null when absent)."""
        data: dict[str, Any] = {
            "rule": self.rule,
            "severity": self.severity.value,
            "message": self.message,
            "line": self.line,
            "column": self.column,
            "hint": self.hint,
            "extract": self.extract,
            "category": str(self.category),
            **({"detail": self.detail} if self.detail else {}),
            "mitre_technique": self.technique or None,
            "correction": self.correction.to_dict() if self.correction is not None else None,
        }
        return data

    @property
    def sort_key(self) -> tuple[int, int, str]:
        """Source order, then rule id, so output is stable between runs."""
        return (self.line, self.column, self.rule)


_FIELD_NAMES = tuple(field.name for field in fields(Finding))
_FIELD_VALUES = attrgetter(*_FIELD_NAMES)  # every field's value, in the constructor's order
_FIELD_INDEX = {name: index for index, name in enumerate(_FIELD_NAMES)}
if _FIELD_NAMES[-1] != "correction":  # Finding.with_correction replaces the last field
    raise RuntimeError("Finding.correction must stay the last field")

# `Finding.sort_key` as a C-level key function, for sorting the many findings of a large script.
SOURCE_ORDER = attrgetter("line", "column", "rule")
