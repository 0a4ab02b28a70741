"""Whether a rule runs by default, and which rule ids an opt-in rule answers to.

PSScriptAnalyzer runs most rules by default and leaves style rules (brace placement,
indentation, whitespace, long lines, …) off until a settings file enables them. A rule
function here is on by default unless it is marked with `@opt_in("PSRuleId", …)`: then it
runs only when one of its ids is asked for (`analyze.rules_stage(tree, enable=[…])`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

R = TypeVar("R", bound=Callable[..., Any])


def opt_in(*rule_ids: str) -> Callable[[R], R]:
    """Mark a rule function as off by default; `rule_ids` are the ids it reports."""
    if not rule_ids:
        raise ValueError("an opt-in rule must name the rule ids it reports")

    def mark(rule: R) -> R:
        rule.enabled_by_default = False  # type: ignore[attr-defined]
        rule.rule_ids = rule_ids  # type: ignore[attr-defined]
        return rule

    return mark


def enabled_by_default(rule: Callable[..., Any]) -> bool:
    return bool(getattr(rule, "enabled_by_default", True))


def opt_in_ids(rule: Callable[..., Any]) -> tuple[str, ...]:
    """The ids an opt-in rule reports (empty for rules that are on by default)."""
    return tuple(getattr(rule, "rule_ids", ()))
