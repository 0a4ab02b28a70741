"""Focused cases for what the blind3d corpus (messy real-world admin scripts: aliases, positional parameters,
PSScriptAnalyzer's default best-practice rules) found: one test per fixed miss or false finding, each with a
near miss that must stay quiet. (Its bare words after a bracketed argument in a command's comma list are in
test_command_lists.py.)"""

from __future__ import annotations

from tests.unit.analyzer.corpus_cases import analyze, lines_of


def test_unused_inline_function_parameters_are_not_reported_as_pssa_never_sees_them() -> None:
    result = analyze("""
        function Unlock-User($Identity, $Ticket) {
            Unlock-ADAccount -Identity $Identity
        }
        function Get-UserGroup {
            param($User, $Filter)
            Get-ADUser $User
        }
    """)
    assert lines_of(result, "PSReviewUnusedParameter") == [5]


def test_reading_args_does_not_make_every_parameter_used() -> None:
    result = analyze("""
        param($Package, $Transform)
        $args = "/i $Package /qn"
        Start-Process msiexec.exe -ArgumentList $args
    """)
    assert lines_of(result, "PSReviewUnusedParameter") == [1]
    assert lines_of(analyze("param($Package)\n$PSBoundParameters.Keys\n"), "PSReviewUnusedParameter") == []


def test_a_noun_not_ending_in_lower_case_is_an_initialism_not_a_plural() -> None:
    result = analyze("""
        function Flush-DNS { ipconfig /flushdns }
        function Get-OSes2 { 'x' }
        function Get-UserGroups { 'x' }
        function Get-DNSRecords { 'x' }
    """)
    assert lines_of(result, "PSUseSingularNouns") == [3, 4]


def test_get_date_as_utc_needs_powershell_7() -> None:
    result = analyze("""
        $stamp = (Get-Date -AsUTC).ToString('o')
        $epoch = Get-Date -UnixTimeSeconds 0
        $local = Get-Date -Format 'yyyy-MM-dd'
    """)
    assert lines_of(result, "PSCompatibilityPowerShell7Parameter") == [1, 2]



def test_a_bare_noun_is_an_implicit_get_alias() -> None:
    result = analyze("""
        $svc = service Spooler
        Add-Content $log "$(date) restarted"
        function item { 'mine' }
        item
        process { $_ }
        & date
        Get-Date
        Configuration Web {
            Node localhost {
                Service Spooler { Name = 'Spooler' }
            }
        }
    """)
    assert lines_of(result, "PSAvoidUsingCmdletAliases") == [1, 2]
    assert [f.message for f in result.findings if f.rule == "PSAvoidUsingCmdletAliases"][0].startswith(
        "'service' is an implicit alias of 'Get-Service'")


def test_implicit_get_alias_correction_writes_the_get_cmdlet() -> None:
    result = analyze("$when = date\n")
    [finding] = [f for f in result.findings if f.rule == "PSAvoidUsingCmdletAliases"]
    assert finding.correction is not None and finding.correction.replacement == "Get-Date"
