"""Focused cases for what the blind6o corpus (PowerShell 7 syntax, compatibility, PS7 parse errors) found: one
test per fixed miss or false finding, each with a near miss that must stay quiet."""

from __future__ import annotations

import pytest

from psscript_graphql.analyzer.parse import parse_script
from tests.unit.analyzer.corpus_cases import analyze, lines_of


@pytest.mark.parametrize("text", [
    "${config}?.LogLevel = 'Debug'\n",
    "${items}?[0] = 'first'\n",
    "$config.Logging?.Level = 'Debug'\n",
    "(Get-Item -Path .)?.Attributes = 'Hidden'\n",
    "${config}?.Environment ??= 'Development'\n",
])
def test_assigning_to_a_null_conditional_access_is_a_parse_error(text: str) -> None:
    # PowerShell's semantic check refuses it (InvalidLeftHandSide), reported at the target.
    assert lines_of(analyze(text), "PSParseError") == [1]


@pytest.mark.parametrize("text", [
    "$config?.LogLevel = 'Debug'\n",  # the variable `config?` and a plain member
    "$items?[0] = 'first'\n",
    "${config}.LogLevel = 'Debug'\n",
    "$level = ${config}?.LogLevel\n$level\n",  # read, not assigned
    "$config.Logging.Level = 'Debug'\n",
])
def test_assigning_to_a_plain_member_or_reading_a_null_conditional_one_is_no_parse_error(text: str) -> None:
    assert lines_of(analyze(text), "PSParseError") == []


@pytest.mark.parametrize("text", [
    "$ssl = New-Object -TypeName System.Net.Security.SslStream -ArgumentList $client.GetStream(), $false\n$ssl\n",
    "New-Object System.IO.StreamReader $client.GetStream(),$true\n",
    "Write-Output 'a', $name.Trim('x'), $other.ToUpper() , 3\n",
    "New-Object Net.Sockets.TcpClient [Net.Dns]::GetHostName(), 443\n",
])
def test_a_method_call_that_starts_a_command_argument_list_is_no_parse_error(text: str) -> None:
    # tree-sitter-pwsh wants a separator between `)` and the comma; PowerShell reads one list.
    assert lines_of(analyze(text), "PSParseError") == []


def test_a_method_call_and_the_list_it_starts_are_one_argument() -> None:
    result = analyze("""
        New-Object System.IO.StreamReader $client.GetStream(), $true
        Copy-Item  $source.GetPath()  $target
        Copy-Item $source.GetPath() $target $filter
    """)
    # PSSA counts a call and a comma list as one positional argument each: two, two, then three.
    (finding,) = [f for f in result.findings if f.rule == "PSAvoidUsingPositionalParameters"]
    assert finding.line == 3 and "3 positional" in finding.message
    assert analyze("New-Object -TypeName X -ArgumentList $c.GetStream(), $false, 3\n").findings == []
    (call,) = parse_script("New-Object -TypeName X -ArgumentList $c.GetStream(), $false, 3\n").commands()
    listed = call.parameter("ArgumentList").value
    assert [item.text for item in listed.items] == ["$c.GetStream()", "$false", "3"]


@pytest.mark.parametrize("text", [
    "Import-Module -Name UpdateServices -UseWindowsPowerShell\n",
    "Import-Module -Name UpdateServices -UseWinPS\n",  # the parameter's alias
    "$rows | Sort-Object -Property LastSeen -Stable\n",
])
def test_parameters_windows_powershell_lacks_are_compatibility_notes(text: str) -> None:
    assert lines_of(analyze(text), "PSCompatibilityPowerShell7Parameter") == [1]


@pytest.mark.parametrize("text", [
    "Import-Module -Name UpdateServices -Force -PassThru\n",
    "$rows | Sort-Object -Property LastSeen -Unique -Descending\n",
    "Get-Module -ListAvailable -Name UseWindowsPowerShell\n",  # a value, not the parameter
])
def test_parameters_both_editions_have_are_not(text: str) -> None:
    assert lines_of(analyze(text), "PSUseCompatibleCommands") == []


_GUARDED = """
    if ({check}) {{
        $boot = Get-Uptime -Since
    }}
    else {{
        $boot = (Get-WmiObject -Class Win32_OperatingSystem).LastBootUpTime
    }}
    $boot
"""


@pytest.mark.parametrize("check", [
    "$PSVersionTable.PSVersion.Major -ge 7",
    "$PSEdition -eq 'Core'",
    "7 -le $PSVersionTable.PSVersion.Major",
    "$IsCoreCLR",
])
def test_a_script_that_checks_its_edition_runs_its_commands_in_both(check: str) -> None:
    result = analyze(_GUARDED.format(check=check))
    assert lines_of(result, "PSCompatibilityConflict") == []
    assert lines_of(result, "PSUseCompatibleCommands") == [2, 5]  # each command is still noted


def test_an_unguarded_mix_or_powershell_7_syntax_is_still_a_conflict() -> None:
    # Printing the version is no check; syntax does not parse in Windows PowerShell whichever branch runs.
    unguarded = analyze(_GUARDED.format(check="$true") + "Write-Output $PSVersionTable.PSVersion\n")
    assert lines_of(unguarded, "PSCompatibilityConflict") == [5]
    syntax = analyze(_GUARDED.format(check="$PSVersionTable.PSVersion.Major -ge 7") + "$boot ?? 'unknown'\n")
    assert lines_of(syntax, "PSCompatibilityConflict") == [5]


@pytest.mark.parametrize(("text", "line"), [
    # PowerShell skips the newlines after the true branch and reports the missing `:` at the next token.
    ("$isProd = $true\n$replicas = $isProd ? 3\n$logLevel = $isProd ? 'Warning' : 'Debug'\n$replicas, $logLevel\n", 3),
    ("$n = $list.Count ? $list[0]\n\n# the first one\nWrite-Output $n\n", 4),
    ("$y = ($q ? 1\n)\n$y\n", 2),
])
def test_a_ternary_without_its_colon_is_a_parse_error_at_the_next_token(text: str, line: int) -> None:
    result = analyze(text)
    assert lines_of(result, "PSParseError") == [line]
    assert lines_of(result, "PSAvoidUsingCmdletAliases") == []  # that `?` is the ternary's, no Where-Object


@pytest.mark.parametrize("text", [
    "$mode = $isProd ? 'strict'\n    : 'lenient'\n$mode\n",  # the `:` on the next line continues it
    "$mode = $isProd ?\n    'strict' : 'lenient'\n$mode\n",
    "$mode = $isProd ? 'strict' : 'lenient'\n$mode\n",
])
def test_a_ternary_continued_over_lines_is_no_parse_error(text: str) -> None:
    assert lines_of(analyze(text), "PSParseError") == []


def test_a_question_mark_starting_a_pipeline_element_is_still_where_object() -> None:
    result = analyze("Get-Service | ? Status -eq 'Running'\n$x = Get-Process; ? { $_ }\n")
    assert lines_of(result, "PSAvoidUsingCmdletAliases") == [1, 2]


def test_an_if_block_missing_its_brace_inside_a_parallel_block_is_one_parse_error_at_the_opener() -> None:
    # The block's `}` closes the `if`; `-ThrottleLimit 10 |` then starts a command PowerShell parses (named
    # `-ThrottleLimit`); only the -Parallel `{` is unclosed (MissingEndCurlyBrace at the `{`).
    result = analyze("""
        Get-Content -Path ./hosts.txt | ForEach-Object -Parallel {
            $up = Test-Connection -TargetName $_ -Count 1 -Quiet
            if (-not $up) {
                Write-Warning "$_ is not answering"
            [pscustomobject]@{ Host = $_; Up = $up }
        } -ThrottleLimit 10 |
            Export-Csv -Path ./reachability.csv -NoTypeInformation
    """)
    assert lines_of(result, "PSParseError") == [1]


@pytest.mark.parametrize("text", [
    "if ($ready) {\n    'go'\n} -Verbose\n",
    "if ($ready)\n{\n    'go'\n} -Verbose\n",
    "function Get-Thing($Name) { $Name } -Verbose\n",
])
def test_a_parameter_like_word_after_a_statement_block_is_a_command_not_a_parse_error(text: str) -> None:
    assert lines_of(analyze(text), "PSParseError") == []


def test_a_parameter_after_a_script_block_argument_stays_a_parameter() -> None:
    result = analyze("""
        $rows = 1..4 | ForEach-Object -Parallel {
            if ($_ -gt 2) { $_ }
        } -ThrottleLimit 2 -AsJob
        Invoke-Command -ComputerName $server -ScriptBlock {
            Get-Service
        } -Credential $credential
        if ($rows) { 'rows' } -eq 1
    """)
    assert lines_of(result, "PSParseError") == [7]  # an operator after a statement block is PowerShell's error too
    tree = parse_script("1..4 | ForEach-Object -Parallel {\n    if ($_) { $_ }\n} -ThrottleLimit 2\n")
    (call,) = tree.commands_named("ForEach-Object")
    assert call.parameter("ThrottleLimit") is not None
