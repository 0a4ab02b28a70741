"""How rules are switched on: defaults as PSScriptAnalyzer has them, opt-in rules by id, and
SuppressMessageAttribute honoured by rule, suppression id and scope."""

from __future__ import annotations

import pytest

from psscript_graphql.analyzer.analyze import ALL_RULES, DEFAULT_RULES, OPT_IN_RULES, rules_for
from psscript_graphql.analyzer.rules.registry import opt_in
from tests.unit.analyzer.corpus_cases import analyze, lines_of


def test_style_rules_are_off_by_default_and_security_rules_on() -> None:
    assert "PSPlaceOpenBrace" in OPT_IN_RULES
    assert OPT_IN_RULES["PSPlaceOpenBrace"] not in DEFAULT_RULES
    assert len(DEFAULT_RULES) + len(set(map(id, OPT_IN_RULES.values()))) == len(ALL_RULES)


def test_enabling_an_opt_in_rule_adds_only_that_rule() -> None:
    assert rules_for(["PSAvoidLongLines"]) == DEFAULT_RULES + (OPT_IN_RULES["PSAvoidLongLines"],)


def test_enabling_an_unknown_rule_id_is_refused() -> None:
    with pytest.raises(ValueError, match="PSNoSuchRule"):
        rules_for(["PSNoSuchRule"])


def test_opt_in_without_rule_ids_is_refused() -> None:
    with pytest.raises(ValueError, match="must name"):
        opt_in()


SUPPRESSED_FUNCTION = """
function Get-Thing {
    [Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSAvoidUsingWriteHost', '')]
    param()
    Write-Host 'inside'
}
Write-Host 'outside'
"""


def test_suppression_on_a_function_covers_only_that_function() -> None:
    assert lines_of(analyze(SUPPRESSED_FUNCTION), "PSAvoidUsingWriteHost") == [6]


def test_suppression_on_the_script_param_block_covers_the_script_without_ps_prefix() -> None:
    result = analyze("""
        [System.Diagnostics.CodeAnalysis.SuppressMessage('AvoidUsingWriteHost', '')]
        param()
        Write-Host 'a'
        function Show-It { Write-Host 'b' }
        Invoke-Expression $code
    """)
    assert lines_of(result, "PSAvoidUsingWriteHost") == []
    assert lines_of(result, "PSAvoidUsingInvokeExpression") == [5]


def test_suppression_id_narrows_to_the_named_parameter() -> None:
    result = analyze("""
        function Connect-It {
            [Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSAvoidUsingPlainTextForPassword', 'Password')]
            param([string]$Password, [string]$Credential)
            $Password, $Credential
        }
    """)
    assert lines_of(result, "PSAvoidUsingPlainTextForPassword") == [3]


def test_suppression_with_function_scope_and_target_covers_matching_functions() -> None:
    result = analyze("""
        [Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSAvoidUsingWriteHost', '', Scope = 'Function', Target = 'Show-*')]
        param()
        function Show-Banner { Write-Host 'a' }
        function Get-Banner { Write-Host 'b' }
        Write-Host 'c'
    """)
    assert lines_of(result, "PSAvoidUsingWriteHost") == [4, 5]


def test_suppressing_a_pssa_id_covers_its_finer_compatibility_findings() -> None:
    result = analyze("""
        [Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSUseCompatibleSyntax', '')]
        param()
        $a = $b ?? 1
        $a
    """)
    assert lines_of(result, "PSUseCompatibleSyntax") == []


def test_suppression_inside_a_comment_is_ignored() -> None:
    result = analyze("""
        # [Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSAvoidUsingWriteHost', '')]
        Write-Host 'a'
    """)
    assert lines_of(result, "PSAvoidUsingWriteHost") == [2]
