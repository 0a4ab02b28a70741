"""Focused cases for what the blind3d corpus (messy real-world admin scripts: aliases, positional parameters,
PSScriptAnalyzer's default best-practice rules) found: one test per fixed miss or false finding, each with a
near miss that must stay quiet."""

from __future__ import annotations

from tests.unit.analyzer.corpus_cases import analyze, lines_of


def test_bare_word_after_a_bracketed_argument_and_a_comma_is_no_parse_error() -> None:
    result = analyze("""
        Get-CimInstance -ClassName Win32_LogicalDisk |
            Select-Object -Property @{ Name = 'Computer'; Expression = { $Computer } }, DeviceID,
                @{ Name = 'FreePercent'; Expression = { $_.FreeSpace } }
        $rows = Format-Table -Property (Get-Date), Name -AutoSize
        Write-Output $list[0], second
    """)
    assert lines_of(result, "PSParseError") == []


def test_bare_word_after_a_bracket_and_a_comma_across_lines_is_no_parse_error() -> None:
    result = analyze("""
        Get-Process |
            Select-Object -Property @{
                Name = 'MB'; Expression = { $_.WS / 1MB }
            }, Name, @{ n = 'Id'; e = { $_.Id } },
            Path
        Sort-Object -InputObject $rows -Property @{ Expression = 'Size'; Descending = $true },
            Name
        Get-Item . | ForEach-Object { $_ | Select-Object @{ n = 'a'; e = { 1 } }, c, 'x', Owner }
    """)
    assert lines_of(result, "PSParseError") == []


def test_bare_word_after_a_comma_in_expression_mode_stays_a_parse_error() -> None:
    # PowerShell refuses a bare word in an expression: `$x = @{…}, b` and `(@{…}, b)` do not parse.
    assert lines_of(analyze("$pairs = @{ a = 1 }, second\n"), "PSParseError") == [1]
    assert lines_of(analyze("Write-Output (@{ a = 1 }, second)\n"), "PSParseError") == [1]
    assert lines_of(analyze("$pairs = @{\n    a = 1\n}, second\n"), "PSParseError") != []
    assert lines_of(analyze("$pairs = @{ a = 1 },\n    second\n"), "PSParseError") != []
    assert lines_of(analyze("$h = @{ Key = @{ a = 1 }, Name }\n"), "PSParseError") == [1]
    assert lines_of(analyze("ForEach-Object { @{ a = 1 }, second }\n"), "PSParseError") == [1]


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
