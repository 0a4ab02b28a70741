"""Which rules run and which findings are kept: PSScriptAnalyzer's IncludeRules, ExcludeRules, Severity.

    settings = AnalyzerSettings(include_rules=("PSAvoid*",), severity=(Severity.ERROR,))
    findings = rules_stage(tree, settings)

Rule patterns are PSScriptAnalyzer's wildcards (`*`, `?`, `[abc]`), case-insensitive. An empty
or absent include list means every rule. Severity lists the levels to keep; ERROR also keeps
CRITICAL, a level PSScriptAnalyzer does not have. Rules that are off by default run only when
an include entry names them exactly (see rules/registry.py).

Deployments set a default (config.py: ANALYZER_SETTINGS_FILE, ANALYZER_INCLUDE_RULES, …); a
request's settings replace the default field by field (`overridden_by`). Settings files are
JSON or a PSScriptAnalyzer .psd1 (`@{ IncludeRules = @('…'); ExcludeRules = …; Severity = … }`),
read with the same parser and constant folder the analyzer uses — nothing in them is run.
"""

from __future__ import annotations

import fnmatch
import json
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from psscript_graphql.analyzer.findings import Finding, Severity

MAX_PATTERNS = 200
MAX_PATTERN_LENGTH = 128
_PATTERN = re.compile(r"^[A-Za-z0-9_.*?\[\]-]+$")
_WILDCARD = re.compile(r"[*?\[]")
_SEVERITY_NAMES = {"information": Severity.INFORMATION, "info": Severity.INFORMATION, "warning": Severity.WARNING,
                   "error": Severity.ERROR, "critical": Severity.CRITICAL, "parseerror": Severity.ERROR}
# PSScriptAnalyzer settings keys we read, and keys we accept but ignore (per-rule options, custom rules).
_KEYS = {"includerules": "include_rules", "excluderules": "exclude_rules", "severity": "severity"}
_IGNORED_KEYS = frozenset({"rules", "customrulepath", "includedefaultrules", "recursecustomrulepath"})


class SettingsError(ValueError):
    """Settings that cannot be used; the message says which value and why."""


def _patterns(values: Any, field: str) -> tuple[str, ...]:
    if isinstance(values, str):
        values = [values]
    if not isinstance(values, (list, tuple)):
        raise SettingsError(f"{field} must be a list of rule names")
    if len(values) > MAX_PATTERNS:
        raise SettingsError(f"{field} has {len(values)} entries; at most {MAX_PATTERNS} are allowed")
    cleaned: list[str] = []
    for value in values:
        text = value.strip() if isinstance(value, str) else None
        if not text or len(text) > MAX_PATTERN_LENGTH or not _PATTERN.match(text):
            raise SettingsError(
                f"{field} entry {value!r} is not a rule name or wildcard pattern (letters, digits, _ . - * ? [ ])")
        if text.lower() not in (c.lower() for c in cleaned):
            cleaned.append(text)
    return tuple(sorted(cleaned, key=str.lower))


def _severities(values: Any) -> tuple[Severity, ...]:
    if isinstance(values, str):
        values = [values]
    if not isinstance(values, (list, tuple)):
        raise SettingsError("severity must be a list of levels")
    levels: set[Severity] = set()
    for value in values:
        level = value if isinstance(value, Severity) else _SEVERITY_NAMES.get(str(value).strip().lower())
        if level is None:
            raise SettingsError(f"severity {value!r} is not one of information, warning, error, critical")
        levels.add(level)
    return tuple(sorted(levels, key=lambda level: level.rank))


def _matches(rule_id: str, patterns: tuple[str, ...]) -> bool:
    lowered = rule_id.lower()
    return any(fnmatch.fnmatchcase(lowered, pattern.lower()) for pattern in patterns)


@dataclass(frozen=True, slots=True)
class AnalyzerSettings:
    """Rule selection; None in a field means "not set" (every rule, no exclusions, every level)."""

    include_rules: tuple[str, ...] | None = None
    exclude_rules: tuple[str, ...] | None = None
    severity: tuple[Severity, ...] | None = None

    @classmethod
    def build(cls, *, include_rules: Any = None, exclude_rules: Any = None, severity: Any = None) -> AnalyzerSettings:
        """Validated, normalized settings (sorted, de-duplicated) from loosely typed values."""
        return cls(
            include_rules=None if include_rules is None else _patterns(include_rules, "includeRules"),
            exclude_rules=None if exclude_rules is None else _patterns(exclude_rules, "excludeRules"),
            severity=None if severity is None else _severities(severity),
        )

    @classmethod
    def from_json(cls, data: Any) -> AnalyzerSettings:
        """From the stored JSON form or a settings file's mapping (PSScriptAnalyzer key names accepted)."""
        if data is None:
            return cls()
        if not isinstance(data, dict):
            raise SettingsError("settings must be an object with IncludeRules, ExcludeRules and Severity")
        values: dict[str, Any] = {}
        for key, value in data.items():
            normalized = str(key).replace("_", "").lower()
            if normalized in _IGNORED_KEYS:
                continue
            if normalized not in _KEYS:
                raise SettingsError(f"unknown settings key {key!r}; expected IncludeRules, ExcludeRules or Severity")
            values[_KEYS[normalized]] = value
        return cls.build(**values)

    def to_json(self) -> dict[str, Any]:
        """The fields that are set, JSON-ready; equal settings give equal JSON (stored with jobs)."""
        data: dict[str, Any] = {}
        if self.include_rules is not None:
            data["include_rules"] = list(self.include_rules)
        if self.exclude_rules is not None:
            data["exclude_rules"] = list(self.exclude_rules)
        if self.severity is not None:
            data["severity"] = [level.value for level in self.severity]
        return data

    def overridden_by(self, other: AnalyzerSettings) -> AnalyzerSettings:
        """These settings with every field `other` sets replaced by other's value."""
        return replace(
            self,
            include_rules=other.include_rules if other.include_rules is not None else self.include_rules,
            exclude_rules=other.exclude_rules if other.exclude_rules is not None else self.exclude_rules,
            severity=other.severity if other.severity is not None else self.severity,
        )

    def names_exactly(self, rule_id: str) -> bool:
        """Whether an include entry without wildcards is this rule id (what switches opt-in rules on)."""
        lowered = rule_id.lower()
        return any(not _WILDCARD.search(p) and p.lower() == lowered for p in self.include_rules or ())

    def wants(self, rule_id: str) -> bool:
        """Whether findings of this rule id pass the include and exclude lists."""
        if self.include_rules and not _matches(rule_id, self.include_rules):
            return False
        return not (self.exclude_rules and _matches(rule_id, self.exclude_rules))

    def keeps_severity(self, severity: Severity) -> bool:
        if not self.severity:
            return True
        return severity in self.severity or (severity is Severity.CRITICAL and Severity.ERROR in self.severity)

    def keeps(self, finding: Finding, off_by_default: frozenset[str]) -> bool:
        """Whether a finding survives: wanted rule, kept level, and not an opt-in rule left off."""
        if finding.rule.lower() in off_by_default and not self.names_exactly(finding.rule):
            return False
        return self.wants(finding.rule) and self.keeps_severity(finding.severity)


def load_settings_file(path: Path) -> AnalyzerSettings:
    """Settings from a JSON file or a PSScriptAnalyzer-style .psd1 file; SettingsError names the problem."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as error:
        raise SettingsError(f"cannot read analyzer settings file {path}: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise SettingsError(f"analyzer settings file {path} is not UTF-8 text") from None
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise SettingsError(f"analyzer settings file {path} is not valid JSON: {error}") from None
    else:
        data = _psd1_mapping(text, path)
    try:
        return AnalyzerSettings.from_json(data)
    except SettingsError as error:
        raise SettingsError(f"analyzer settings file {path}: {error}") from None


def _psd1_mapping(text: str, path: Path) -> dict[str, Any]:
    """The top-level `@{ Key = value }` of a .psd1, values folded as constants (strings and arrays)."""
    from psscript_graphql.analyzer.folding import Folder
    from psscript_graphql.analyzer.parse import parse_script

    tree = parse_script(text)
    table = _first_hashtable(tree.root)
    if tree.has_errors or table is None:
        raise SettingsError(f"analyzer settings file {path} is not a PowerShell data file (@{{ … }})")
    folder = Folder(tree)
    data: dict[str, Any] = {}
    for entry in (child for child in _entries(table)):
        key = tree.text_of(entry.named_child(0)).strip().strip("'\"")
        if key.replace("_", "").lower() in _IGNORED_KEYS:
            data[key] = None
            continue
        value = folder.fold(entry.named_child(entry.named_child_count - 1))
        if value is None:
            raise SettingsError(f"analyzer settings file {path}: {key} must be a string or an array of strings")
        data[key] = list(value) if isinstance(value, tuple) else value
    return data


def _first_hashtable(node: Any) -> Any:
    if node.type == "hash_literal_expression":
        return node
    for child in node.named_children:
        found = _first_hashtable(child)
        if found is not None:
            return found
    return None


def _entries(table: Any) -> list[Any]:
    body = next((child for child in table.named_children if child.type == "hash_literal_body"), None)
    return [child for child in (body.named_children if body is not None else []) if child.type == "hash_entry"]
