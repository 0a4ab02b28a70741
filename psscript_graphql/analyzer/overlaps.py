"""One finding per fact: a general rule's finding is dropped where a more specific rule reported the
same thing on the same line.

A WebClient download that is executed is a download cradle (or a download-and-execute), not also
a plain download; a GitHub token assigned to `$token` is a hard-coded secret key, not also a
hard-coded credential. Reviewers count such pairs as one finding, and so do the scores.
"""

from __future__ import annotations

from collections.abc import Iterable

from psscript_graphql.analyzer.findings import Finding

# general rule → the more specific rules that, on the same line, already say what it would say
SUBSUMED_BY: dict[str, frozenset[str]] = {
    "PSNetWebClientDownload": frozenset({"PSDownloadCradle", "PSDownloadAndExecute", "PSReflectiveAssemblyLoad"}),
    "PSAvoidHardcodedCredential": frozenset({"PSHardcodedSecretKey"}),
}
# Rules about literal text written in the script: folding copies a literal assigned once into every
# place that reads it, and the same secret reported again at each read would be noise.
WRITTEN_TEXT_RULES = frozenset({"PSHardcodedSecretKey", "PSAvoidHardcodedCredential"})


def without_overlaps(findings: Iterable[Finding]) -> list[Finding]:
    """`findings` minus those a more specific finding on the same line subsumes (order kept)."""
    findings = list(findings)
    if not any(finding.rule in SUBSUMED_BY for finding in findings):
        return findings  # no general rule fired (the usual case): nothing to look up line by line
    rules_on_line = {(finding.rule, finding.line) for finding in findings}
    return [
        finding for finding in findings
        if finding.rule not in SUBSUMED_BY
        or not any((specific, finding.line) in rules_on_line for specific in SUBSUMED_BY[finding.rule])
    ]
