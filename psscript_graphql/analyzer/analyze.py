"""Public API of the analyzer, in stages the job worker can report progress on.

    tree = parse_stage(content)          # tree-sitter parse + syntax lists
    findings = rules_stage(tree, settings)  # selected rules + one PSParseError per broken region
    metrics = metrics_stage(tree)        # code_complexity_metrics
    result = build_analysis(tree, findings, metrics)
    row = result.to_columns()            # JSON-ready values for the script_analysis table

Findings land in the columns by category: security → security_issues, best practice and
parse errors → best_practice_violations, performance → performance_insights, compatibility
→ compatibility_notes. `settings` (settings.py) chooses rules and levels; rules that are
off by default run only when included by name (rules/registry.py).

Constant string expressions are folded first (folding.py, fold_roots.py): where the script
computes text from constant pieces, the rules that judge what a script runs
(`FOLDED_TEXT_RULES`) also run on the script with those expressions replaced by their values,
and what they find there in addition is reported on the original lines, its message naming
the resolved text. Rules about how the script is written (style, best practice, corrections)
see only the text as written. Attack findings carry their MITRE ATT&CK technique
(attack_techniques.py); mechanical fixes carry a correction (corrections.py).

Each column keeps at most MAX_ENTRIES_PER_RULE entries per rule so a 1 MiB script with a
repeated pattern stays a reasonable row; scores use every finding.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, fields
from typing import Any

from psscript_graphql.analyzer import attack_techniques, capabilities, extract, overlaps, scoring, suppression
from psscript_graphql.analyzer.corrections import apply_corrections, attach_corrections
from psscript_graphql.analyzer.findings import SOURCE_ORDER, Category, Finding, Severity
from psscript_graphql.analyzer.folded_script import fold_script
from psscript_graphql.analyzer.metrics import code_complexity_metrics
from psscript_graphql.analyzer.parse import ScriptTree, parse_script
from psscript_graphql.analyzer.rules import (
    attacks,
    best_practices,
    compatibility,
    downloads,
    dsc,
    evasion,
    expressions,
    functions,
    manifest,
    obfuscation,
    parse_errors,
    performance,
    platform_profiles,
    security,
    should_process,
    style,
    unused_parameters,
)
from psscript_graphql.analyzer.rules.registry import declared_ids, is_enabled_by_default, off_by_default_ids, opt_in_ids
from psscript_graphql.analyzer.settings import AnalyzerSettings

ANALYSIS_VERSION = "1.5.0"  # 1.5: fourth corpus round (refused constructs and their places, indicator data, glued arguments); 1.4: third corpus round (parse error places, per-block unused variables, narrower scheduled tasks); 1.3: performance hints off by default, second corpus round; 1.2: platform profiles, parse error positions, more attack spellings; 1.1: PSSA rule set
MAX_ENTRIES_PER_RULE = 100

Rule = Callable[[ScriptTree], Iterator[Finding]]
RULE_FAMILIES: dict[str, tuple[Rule, ...]] = {
    Category.SECURITY: security.RULES + downloads.RULES + attacks.RULES + evasion.RULES + obfuscation.RULES,
    Category.BEST_PRACTICE: (best_practices.RULES + functions.RULES + expressions.RULES + manifest.RULES + dsc.RULES
                             + should_process.RULES + unused_parameters.RULES + style.RULES),
    Category.PERFORMANCE: performance.RULES,
    Category.COMPATIBILITY: compatibility.RULES + platform_profiles.RULES,
    Category.PARSE: parse_errors.RULES,
}
ALL_RULES: tuple[Rule, ...] = tuple(rule for family in RULE_FAMILIES.values() for rule in family)
OFF_BY_DEFAULT = off_by_default_ids(ALL_RULES)
# Rules marked off by default (rules/registry.py) run only when one of their ids is enabled.
DEFAULT_RULES: tuple[Rule, ...] = tuple(rule for rule in ALL_RULES if is_enabled_by_default(rule))
OPT_IN_RULES: dict[str, Rule] = {rule_id: rule for rule in ALL_RULES for rule_id in opt_in_ids(rule)}
# Rules about what a script runs; they also see the folded script. Not those about the text as
# written: a hard-coded computer name (`"$server"` folded to a literal would be a new, false
# finding) or secret (overlaps.WRITTEN_TEXT_RULES: their folded findings are dropped anyway), and
# not those that read only parameter declarations, which folding never changes (running them
# again cost a 1 MiB script a fifth of a second for findings already reported).
NOT_ON_FOLDED_TEXT: frozenset[Rule] = frozenset({
    security.avoid_using_computer_name_hardcoded,
    security.avoid_hardcoded_credentials, security.avoid_hardcoded_secret_keys,
    security.avoid_using_plain_text_for_password, security.use_ps_credential_type,
    security.avoid_using_username_and_password_params,
})
FOLDED_TEXT_RULES: tuple[Rule, ...] = tuple(
    r for r in security.RULES + downloads.RULES + attacks.RULES + evasion.RULES if r not in NOT_ON_FOLDED_TEXT
)
DEFAULT_SETTINGS = AnalyzerSettings()


@dataclass
class AnalysisResult:
    """One script_analysis row (every field but `findings` is a column of that table)."""

    purpose: str
    security_score: int
    quality_score: int
    risk_score: int
    parameter_docs: list[dict[str, Any]]
    suggestions: list[dict[str, Any]]
    command_details: list[dict[str, Any]]
    ms_docs_references: list[dict[str, Any]]
    security_issues: list[dict[str, Any]]
    best_practice_violations: list[dict[str, Any]]
    performance_insights: list[dict[str, Any]]
    potential_risks: list[dict[str, Any]]
    code_complexity_metrics: dict[str, Any]
    compatibility_notes: list[dict[str, Any]]
    execution_summary: dict[str, Any]
    analysis_version: str
    corrected_content: str | None = None
    findings: list[Finding] = field(default_factory=list, repr=False)

    def to_columns(self) -> dict[str, Any]:
        """Column name → JSON-serializable value, for the script_analysis row."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "findings"}


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a stage allocates its syntax objects.

    A 1 MiB script yields ~100k tree-sitter nodes and model objects that all stay alive until
    the stage ends; collections triggered meanwhile rescan all of them again and again and
    cost a third of the run time, while freeing nothing. The previous state is restored, so
    nested or concurrent analyses leave the collector enabled when the last one finishes.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def parse_stage(content: str) -> ScriptTree:
    """Parse the script; syntax errors never raise, they become error regions."""
    with gc_paused():
        return parse_script(content)


def rules_for(enable: Iterable[str] = ()) -> tuple[Rule, ...]:
    """The default rules plus the opt-in rules answering to any id in `enable` (unknown ids raise)."""
    wanted = list(dict.fromkeys(enable))
    unknown = [rule_id for rule_id in wanted if rule_id not in OPT_IN_RULES]
    if unknown:
        raise ValueError(f"not an opt-in rule id: {', '.join(unknown)}")
    extra = {id(OPT_IN_RULES[rule_id]): OPT_IN_RULES[rule_id] for rule_id in wanted}
    return DEFAULT_RULES + tuple(extra.values())


def _selected(rules: tuple[Rule, ...], settings: AnalyzerSettings, enabled: frozenset[str]) -> list[Rule]:
    """Rules to run: on by default, enabled or included by name, and not every declared id filtered out."""
    chosen = []
    for rule in rules:
        ids = declared_ids(rule)
        if not is_enabled_by_default(rule) and not any(i in enabled or settings.names_exactly(i) for i in ids):
            continue
        if ids and not any(settings.wants(i) for i in ids):
            continue
        chosen.append(rule)
    return chosen


def rules_stage(
    tree: ScriptTree,
    settings: AnalyzerSettings | None = None,
    *,
    enable: Iterable[str] = (),
    rules: tuple[Rule, ...] = ALL_RULES,
    folded_text_rules: tuple[Rule, ...] = FOLDED_TEXT_RULES,
) -> list[Finding]:
    """Run the selected rules (`enable`: opt-in rule ids to run besides the defaults, unknown ids
    raise); duplicates (same rule, position and message) and findings a SuppressMessage attribute
    covers are dropped; source order.

    `rules` / `folded_text_rules` default to every rule; tests pass their own to exercise selection.
    """
    settings = settings or DEFAULT_SETTINGS
    enabled = frozenset(enable)
    rules_for(enabled)  # unknown opt-in ids raise
    off_by_default = OFF_BY_DEFAULT if rules is ALL_RULES else off_by_default_ids(rules)
    off_by_default = off_by_default - {i.lower() for i in enabled}
    seen: set[tuple[str, int, int, str]] = set()
    findings: list[Finding] = []

    # settings.keeps judges a finding by its rule and severity (detail too, to be safe), and whether its
    # rule has an ATT&CK technique to tag it with is a table lookup: both once per kind, not per finding
    # (a 1 MiB script can have 100k findings). kind → (kept, tagged)
    verdicts: dict[tuple[str, Severity, str], tuple[bool, bool]] = {}

    def add(finding: Finding) -> None:
        key = (finding.rule, finding.line, finding.column, finding.message)
        if key in seen:
            return
        kind = (finding.rule, finding.severity, finding.detail)
        try:
            kept, tagged = verdicts[kind]
        except KeyError:
            kept, tagged = verdicts[kind] = (settings.keeps(finding, off_by_default),
                                             finding.rule in attack_techniques.RULE_TECHNIQUES)
        if kept:
            seen.add(key)
            findings.append(attack_techniques.tag(finding) if tagged else finding)

    with gc_paused():
        for rule in _selected(rules, settings, enabled):
            for finding in rule(tree):
                add(finding)
        folded_rules = _selected(folded_text_rules, settings, enabled)
        folded = fold_script(tree) if folded_rules else None
        if folded is not None:
            known = {(finding.rule, finding.line) for finding in findings}
            for rule in folded_rules:
                for finding in rule(folded.tree):
                    moved = folded.remap(finding)
                    if (moved.rule, moved.line) not in known and moved.rule not in overlaps.WRITTEN_TEXT_RULES:
                        known.add((moved.rule, moved.line))
                        add(moved)
            folded.tree.release()  # only this function sees the folded tree
        findings = suppression.without_suppressed(tree, overlaps.without_overlaps(findings))
    findings.sort(key=SOURCE_ORDER)
    return attach_corrections(tree, findings)


def metrics_stage(tree: ScriptTree) -> dict[str, Any]:
    with gc_paused():
        return code_complexity_metrics(tree)


def _capped(findings: Iterable[Finding]) -> list[Finding]:
    """The first MAX_ENTRIES_PER_RULE findings of each rule, order kept."""
    per_rule: dict[str, int] = {}
    kept = []
    for finding in findings:
        count = per_rule[finding.rule] = per_rule.get(finding.rule, 0) + 1
        if count <= MAX_ENTRIES_PER_RULE:
            kept.append(finding)
    return kept


def _in_source_order(first: list[Finding], second: list[Finding]) -> list[Finding]:
    """Two categories' findings merged in source order. Each list is already in it (a category keeps the order of
    rules_stage's findings), so when one is empty the other is the answer without a sort of every finding."""
    if not second:
        return first
    if not first:
        return second
    return sorted(first + second, key=SOURCE_ORDER)


def build_analysis(tree: ScriptTree, findings: list[Finding], metrics: dict[str, Any]) -> AnalysisResult:
    """Assemble the analysis row from the stages' outputs (`findings` in source order, as rules_stage returns them)."""
    by_category: dict[str, list[Finding]] = {category: [] for category in Category}
    for finding in findings:
        by_category.setdefault(str(finding.category), []).append(finding)
    with gc_paused():
        return _assemble(tree, findings, metrics, by_category)


def _assemble(tree: ScriptTree, findings: list[Finding], metrics: dict[str, Any],
              by_category: dict[str, list[Finding]]) -> AnalysisResult:
    summary = capabilities.execution_summary(tree)
    destructive = capabilities.destructive_operations(tree)
    security = by_category[Category.SECURITY]  # what the security and risk scores read, in the same order
    return AnalysisResult(
        purpose=extract.purpose(tree),
        security_score=scoring.security_score(security),
        quality_score=scoring.quality_score(findings, metrics),
        risk_score=scoring.risk_score(security, destructive, summary),
        parameter_docs=extract.parameter_docs(tree),
        suggestions=scoring.suggestions(findings),
        command_details=extract.command_details(tree),
        ms_docs_references=extract.ms_docs_references(tree),
        security_issues=[f.to_dict() for f in _capped(by_category[Category.SECURITY])],
        best_practice_violations=[
            f.to_dict()
            for f in _capped(_in_source_order(by_category[Category.BEST_PRACTICE], by_category[Category.PARSE]))
        ],
        performance_insights=[f.to_dict() for f in _capped(by_category[Category.PERFORMANCE])],
        potential_risks=scoring.potential_risks(security, destructive)[: MAX_ENTRIES_PER_RULE * 2],
        code_complexity_metrics=metrics,
        compatibility_notes=[compatibility.compatibility_note(f) for f in _capped(by_category[Category.COMPATIBILITY])],
        execution_summary=summary,
        analysis_version=ANALYSIS_VERSION,
        corrected_content=corrected_content(tree, findings),
        findings=findings,
    )


def corrected_content(tree: ScriptTree, findings: list[Finding]) -> str | None:
    """The analysed text with every non-overlapping correction applied; None when no finding has one."""
    corrections = [finding.correction for finding in findings if finding.correction is not None]
    return apply_corrections(tree.text, corrections) if corrections else None


def analyze_script(content: str, settings: AnalyzerSettings | None = None, enable: Iterable[str] = ()) -> AnalysisResult:
    """Parse, run the selected rules (all default ones without settings; `enable`: opt-in ids to
    add), measure and score one script."""
    with gc_paused():  # one pause for all stages: each stage's own pause would end in a collection
        tree = parse_stage(content)
        result = build_analysis(tree, rules_stage(tree, settings, enable=enable), metrics_stage(tree))
        tree.release()
        del tree  # freed here, before the collector is back on and would have to walk it
        return result
