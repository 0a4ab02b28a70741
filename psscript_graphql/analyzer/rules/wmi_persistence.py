"""PSPersistenceWmiSubscription (ATT&CK T1546.003): permanent WMI event subscriptions created by a script.

A subscription is a filter, a consumer and a binding in `root\\subscription`; naming their classes is not
creating them. Incident-response collections and clean-ups list or remove the same classes, often from a list
of class names walked by a `foreach`, so a mention is judged by what is done with it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from psscript_graphql.analyzer.findings import Category, Finding, Severity
from psscript_graphql.analyzer.parse import ScriptTree
from psscript_graphql.analyzer.rules.common import search_findings

_WMI_SUBSCRIPTION = re.compile(
    rb"(?i)__EventFilter|CommandLineEventConsumer|ActiveScriptEventConsumer|__FilterToConsumerBinding"
)
# Listing or removing subscriptions (an autostart audit, a clean-up) is not persistence; creating one is.
_WMI_READER = re.compile(
    r"(?i)\b(?:get-ciminstance|get-wmiobject|gwmi|gcim|get-cimclass|remove-ciminstance|remove-wmiobject|rwmi)\b"
    r"|\bselect\b[^\n]*?\bfrom\s+['\"]?(?:__EventFilter|CommandLineEventConsumer|ActiveScriptEventConsumer"
    r"|__FilterToConsumerBinding)\b"
)
_WMI_CREATOR = re.compile(r"(?i)\b(?:set-wmiinstance|swmi|new-ciminstance|ncim)\b|\.(?:createinstance|put)\s*\(|\[wmiclass\]")


def avoid_wmi_subscription_persistence(tree: ScriptTree) -> Iterator[Finding]:
    """PSPersistenceWmiSubscription: permanent WMI event consumers run code invisibly on system events."""
    for finding in search_findings(tree, _WMI_SUBSCRIPTION, rule="PSPersistenceWmiSubscription",
                                   severity=Severity.ERROR,
                                   message="The script creates a permanent WMI event subscription.",
                                   hint="Remove the WMI subscription; use a reviewed scheduled task if needed.",
                                   needles=(b"eventfilter", b"eventconsumer", b"filtertoconsumer"),
                                   category=Category.SECURITY):
        text = tree.line_text(finding.line)
        if _WMI_CREATOR.search(text) or not (_WMI_READER.search(text) or _names_only_read(tree, finding.line)):
            yield finding


def _names_only_read(tree: ScriptTree, line: int) -> bool:
    """The class names on `line` are only walked to list or remove them: the list of a `foreach` whose body
    lists or removes and creates nothing (`foreach ($class in '__EventFilter', …) { Get-CimInstance … }`), or
    the value of a variable every read of which is such a list or a reading line
    (`$classes = '__EventFilter', …` then `foreach ($c in $classes) { … }`)."""
    loop_body = _loop_body_of_header(tree, line)
    if loop_body is not None:
        return _only_reads(loop_body)
    offset = tree._line_starts[line - 1]
    holder = next((a for a in tree.assignments() if a.variable and (a.line == line or a.start <= offset < a.end)),
                  None)
    if holder is None:
        return False
    reads = [v for v in tree.variables() if v.name == holder.variable and not v.is_target and v.start >= holder.end]
    return bool(reads) and all(_read_only_use(tree, read.start) for read in reads)


def _read_only_use(tree: ScriptTree, offset: int) -> bool:
    line = tree.position(offset)[0]
    text = tree.line_text(line)
    if _WMI_CREATOR.search(text):
        return False
    body = _loop_body_of_header(tree, line)
    return _only_reads(body) if body is not None else bool(_WMI_READER.search(text))


def _loop_body_of_header(tree: ScriptTree, line: int) -> str | None:
    loop = next((loop for loop in tree.loops()
                 if loop.kind == "foreach" and loop.line <= line <= tree.position(loop.body_start)[0]), None)
    return tree.source[loop.body_start:loop.body_end].decode("utf-8", "replace") if loop is not None else None


def _only_reads(body: str) -> bool:
    return bool(_WMI_READER.search(body)) and not _WMI_CREATOR.search(body)
