"""Scores (0–100 integers), potential risks and prioritized suggestions, built from findings.

The formulas are in `SCORING_FORMULA_MARKDOWN` so docs/analysis.md can quote them verbatim (a test checks it does).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import Any

from psscript_graphql.analyzer.findings import SOURCE_ORDER, Category, Finding, Severity

SECURITY_PENALTY = {Severity.CRITICAL: 0.40, Severity.ERROR: 0.20, Severity.WARNING: 0.08, Severity.INFORMATION: 0.02}
QUALITY_POINTS = {Severity.CRITICAL: 5.0, Severity.ERROR: 3.0, Severity.WARNING: 1.0, Severity.INFORMATION: 0.1}
RISK_WEIGHT = {Severity.CRITICAL: 0.50, Severity.ERROR: 0.25, Severity.WARNING: 0.10, Severity.INFORMATION: 0.02}
NETWORK_RISK = 0.05
ADMIN_RISK = 0.05
QUALITY_DENSITY_FACTOR = 8.0
QUALITY_DENSITY_CAP = 70.0
MIN_CODE_LINES = 50
COMPLEXITY_THRESHOLD = 10
NESTING_THRESHOLD = 4

SCORING_FORMULA_MARKDOWN = f"""\
### How scores are computed

All scores are integers from 0 to 100, rounded half up and clamped.

**Security score** (higher is safer). Each security finding multiplies the score by
(1 − p), with p = {SECURITY_PENALTY[Severity.CRITICAL]} for critical, {SECURITY_PENALTY[Severity.ERROR]} for error,
{SECURITY_PENALTY[Severity.WARNING]} for warning and {SECURITY_PENALTY[Severity.INFORMATION]} for information:

    security = 100 × Π (1 − p(severity_i))   over security findings i

One critical finding gives 60, two give 36; every extra finding lowers the score by less
than the one before (diminishing returns), and no finding can raise it.

**Quality score** (higher is better). Best-practice, performance and parse findings earn points
({QUALITY_POINTS[Severity.CRITICAL]} critical, {QUALITY_POINTS[Severity.ERROR]} error,
{QUALITY_POINTS[Severity.WARNING]} warning, {QUALITY_POINTS[Severity.INFORMATION]} information), measured per
100 code lines (at least {MIN_CODE_LINES} lines are assumed so tiny scripts are not over-punished):

    density    = points × 100 / max(code_lines, {MIN_CODE_LINES})
    complexity = min(20, Σ max(0, cc_f − {COMPLEXITY_THRESHOLD}))
               + min(10, 3 × max(0, max_nesting − {NESTING_THRESHOLD}))
    quality    = 100 − min({QUALITY_DENSITY_CAP:g}, {QUALITY_DENSITY_FACTOR:g} × density) − complexity

where cc_f is the cyclomatic complexity of function f.

**Risk score** (higher is more dangerous to run). Every security finding, destructive operation
and capability adds an independent chance of harm w, combined like probabilities:

    risk = 100 × (1 − Π (1 − w_i))

with w = {RISK_WEIGHT[Severity.CRITICAL]} / {RISK_WEIGHT[Severity.ERROR]} / {RISK_WEIGHT[Severity.WARNING]} /
{RISK_WEIGHT[Severity.INFORMATION]} for critical / error / warning / information security findings,
0.10–0.35 per destructive operation (Remove-Item -Recurse -Force 0.15, Format-Volume 0.35,
Stop-Computer 0.10, …), {NETWORK_RISK} for network access and {ADMIN_RISK} when the script needs
administrator rights.
"""


def _clamp(value: float) -> int:
    return max(0, min(100, math.floor(value + 0.5)))


def security_score(findings: Iterable[Finding]) -> int:
    """100 × Π(1 − p(severity)) over security findings."""
    score = 100.0
    for finding in findings:
        if finding.category == Category.SECURITY:
            score *= 1.0 - SECURITY_PENALTY[finding.severity]
    return _clamp(score)


_QUALITY_CATEGORIES = frozenset({Category.BEST_PRACTICE, Category.PERFORMANCE, Category.PARSE})


def quality_score(findings: Iterable[Finding], metrics: dict[str, Any]) -> int:
    """100 − finding density penalty − complexity penalty (see SCORING_FORMULA_MARKDOWN)."""
    points = sum(QUALITY_POINTS[f.severity] for f in findings if f.category in _QUALITY_CATEGORIES)
    density = points * 100.0 / max(int(metrics.get("code_lines", 0)), MIN_CODE_LINES)
    excess = sum(max(0, f["cyclomatic_complexity"] - COMPLEXITY_THRESHOLD) for f in metrics.get("functions", []))
    nesting = max(0, int(metrics.get("max_nesting_depth", 0)) - NESTING_THRESHOLD)
    penalty = min(QUALITY_DENSITY_CAP, QUALITY_DENSITY_FACTOR * density) + min(20, excess) + min(10, 3 * nesting)
    return _clamp(100.0 - penalty)


def risk_score(findings: Iterable[Finding], destructive: Iterable[dict[str, Any]], summary: dict[str, Any]) -> int:
    """100 × (1 − Π(1 − w)) over security findings, destructive operations and capabilities."""
    safe = 1.0
    for finding in findings:
        if finding.category == Category.SECURITY:
            safe *= 1.0 - RISK_WEIGHT[finding.severity]
    for operation in destructive:
        safe *= 1.0 - float(operation["weight"])
    if "network" in summary.get("touches", ()):
        safe *= 1.0 - NETWORK_RISK
    if summary.get("requires_admin"):
        safe *= 1.0 - ADMIN_RISK
    return _clamp(100.0 * (1.0 - safe))


RISK_NAMES = {
    "PSDownloadCradle": "Remote code execution", "PSDownloadAndExecute": "Remote code execution",
    "PSNetWebClientDownload": "Untrusted download", "PSAvoidUsingInvokeExpression": "Code injection",
    "PSDecodedExecution": "Hidden code execution", "PSEncodedCommand": "Hidden code execution",
    "PSExecutionPolicyBypass": "Security control bypass", "PSAmsiBypass": "Security control tampering",
    "PSDefenderTampering": "Security control tampering", "PSFirewallDisabled": "Security control tampering",
    "PSPersistenceRunKey": "Persistence", "PSPersistenceStartupFolder": "Persistence",
    "PSPersistenceScheduledTask": "Persistence", "PSPersistenceWmiSubscription": "Persistence",
    "PSCredentialDumping": "Credential theft", "PSAvoidHardcodedCredential": "Credential exposure",
    "PSHardcodedSecretKey": "Credential exposure",
    "PSAvoidUsingConvertToSecureStringWithPlainText": "Credential exposure",
    "PSAvoidUsingPlainTextForPassword": "Credential exposure",
    "PSAvoidUsingUsernameAndPasswordParams": "Credential exposure",
    "PSUsePSCredentialType": "Credential exposure", "PSCertificateValidationDisabled": "Man-in-the-middle",
    "PSAddTypeNativeCode": "Native code injection", "PSAvoidUsingComputerNameHardcoded": "Infrastructure disclosure",
    "PSAvoidUsingBrokenHashAlgorithms": "Weak cryptography",
}


def _risk_name(rule: str) -> str:
    if rule.startswith("PSObfuscation"):
        return "Obfuscated code"
    return RISK_NAMES.get(rule) or re.sub(r"(?<=[a-z])(?=[A-Z])", " ", rule.removeprefix("PS"))


def potential_risks(findings: Iterable[Finding], destructive: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Security findings of warning or worse and destructive operations, most severe first."""
    # A script can have a security finding on every other line: each rule's risk name is worked out once (for
    # this call), and severities are read from constant tables rather than through the enum's properties.
    names: dict[str, str] = {}
    risks = []
    for f in findings:
        if f.category == Category.SECURITY and f.severity in _RISKY:
            rule = f.rule
            name = names.get(rule)
            if name is None:
                name = names[rule] = _risk_name(rule)
            risks.append({"risk": name, "severity": _VALUES[f.severity], "reason": f.message, "line": f.line,
                          "rule": rule})
    for operation in destructive:
        severity = Severity.ERROR if float(operation["weight"]) >= 0.3 else Severity.WARNING
        risks.append({"risk": "Data loss or downtime", "severity": severity.value,
                      "reason": f"{operation['command']} {operation['reason']}.", "line": operation["line"],
                      "rule": ""})
    risks.sort(key=_risk_order)
    return risks


_RISKY = frozenset(severity for severity in Severity if severity.rank >= Severity.WARNING.rank)
_VALUES = {severity: severity.value for severity in Severity}
_NEGATED_RANKS = {severity.value: -severity.rank for severity in Severity}


def _risk_order(risk: dict[str, Any]) -> tuple[int, int]:
    """Most severe first, then by line."""
    return _NEGATED_RANKS[risk["severity"]], risk["line"]


# Facts about the script rather than things to change.
NOT_ACTIONABLE = frozenset({"PSCompatibilityRequires"})
_CATEGORY_ORDER = {Category.SECURITY: 0, Category.COMPATIBILITY: 1, Category.PERFORMANCE: 2,
                   Category.BEST_PRACTICE: 3, Category.PARSE: 4}


def suggestions(findings: Iterable[Finding]) -> list[dict[str, Any]]:
    """One suggestion per rule that fired: most severe first, then security before style, then most frequent."""
    by_rule: dict[str, list[Finding]] = {}
    for finding in findings:
        if finding.rule not in NOT_ACTIONABLE:
            by_rule.setdefault(finding.rule, []).append(finding)
    entries = []
    for rule, hits in by_rule.items():
        # (C-level keys where they give the same answer: a rule's hits mostly share one severity.)
        worst = hits[0] if len({f.severity for f in hits}) == 1 else max(hits, key=lambda f: f.severity.rank)
        first = min(hits, key=SOURCE_ORDER)
        count = len(hits)
        where = f"line {first.line}" if count == 1 else f"{count} places, first on line {first.line}"
        entries.append({
            "title": worst.hint or worst.message,
            "detail": f"{first.message} ({where})",
            "rule": rule,
            "severity": worst.severity.value,
            "category": str(worst.category),
            "count": count,
            "line": first.line,
            "_order": (-worst.severity.rank, _CATEGORY_ORDER.get(Category(worst.category), 5), -count, first.line),
        })
    entries.sort(key=lambda entry: entry["_order"])
    for entry in entries:
        del entry["_order"]
    return entries
