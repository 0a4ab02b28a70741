"""How a rule function declares the ids it reports and whether it runs by default.

PSScriptAnalyzer runs most rules by default and leaves others (brace placement, indentation,
whitespace, long lines, …) off until a settings file enables them. A rule function declares that
with

    @rule("PSAvoidLongLines", enabled_by_default=False)   # or its shorthand: @opt_in("PSAvoidLongLines")
    def avoid_long_lines(tree: ScriptTree) -> Iterator[Finding]: ...

and then runs only when settings name one of its ids in `includeRules` exactly (a wildcard such
as `PS*` does not switch an opt-in rule on, as in PSScriptAnalyzer). Undecorated functions
are on by default; their findings are filtered by rule id like every other finding.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


def rule(*ids: str, enabled_by_default: bool = True) -> Callable[[F], F]:
    """Declare the rule ids a function reports and whether it runs without being included."""
    if not ids:
        raise ValueError("a rule declares at least one rule id")

    def declare(function: F) -> F:
        function.rule_ids = ids  # type: ignore[attr-defined]
        function.enabled_by_default = enabled_by_default  # type: ignore[attr-defined]
        return function

    return declare


def declared_ids(function: Callable[..., Any]) -> tuple[str, ...]:
    """The ids a rule function declared (empty for undecorated functions)."""
    return tuple(getattr(function, "rule_ids", ()))


def is_enabled_by_default(function: Callable[..., Any]) -> bool:
    return bool(getattr(function, "enabled_by_default", True))


def off_by_default_ids(functions: tuple[Callable[..., Any], ...]) -> frozenset[str]:
    """Lower-case ids of every rule that is off unless included explicitly."""
    return frozenset(i.lower() for f in functions if not is_enabled_by_default(f) for i in declared_ids(f))


def opt_in(*rule_ids: str) -> Callable[[F], F]:
    """Mark a rule function as off by default; `rule_ids` are the ids it reports."""
    if not rule_ids:
        raise ValueError("an opt-in rule must name the rule ids it reports")
    return rule(*rule_ids, enabled_by_default=False)


def enabled_by_default(function: Callable[..., Any]) -> bool:
    return is_enabled_by_default(function)


def opt_in_ids(function: Callable[..., Any]) -> tuple[str, ...]:
    """The ids an opt-in rule reports (empty for rules that are on by default)."""
    return () if is_enabled_by_default(function) else declared_ids(function)
