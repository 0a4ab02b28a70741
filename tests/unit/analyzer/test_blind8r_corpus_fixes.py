"""Focused cases for what the blind8r corpus (admin scripts, obfuscated loaders, PowerShell 7 code) found: one
test per fix, each with near misses that must stay quiet."""

from __future__ import annotations

import pytest

from tests.unit.analyzer.corpus_cases import analyze, lines_of


@pytest.mark.parametrize("text", [
    'Write-Output "Patch $Wave: servers not back"',
    'Write-Output "$server: checking queues"',
    'throw "failed on $_:"',
    'Write-Output "done $n:$rest"',
])
def test_a_variable_then_a_colon_in_an_expandable_string_is_a_parse_error(text: str) -> None:
    result = analyze("$n = 1\n" + text + "\n")
    assert lines_of(result, "PSParseError") == [2]


def test_the_colon_in_a_here_string_is_a_parse_error_on_the_variables_line() -> None:
    result = analyze('$body = @"\nHost list\n$name: ok\n"@\n')
    assert lines_of(result, "PSParseError") == [3]


@pytest.mark.parametrize("text", [
    'Write-Output "Path $env:PATH and $script:count"',
    'Write-Output "${name}: ok and $($name): ok and $name : ok"',
    'Write-Output "$c:file is drive-qualified; [$type::Name]"',
    "Write-Output '$name: single quotes are literal'",
    'Write-Output "`$name: escaped"',
    'Write-Output "Time $($d.Hour):$($d.Minute)"',
])
def test_qualified_delimited_and_literal_colons_are_no_parse_error(text: str) -> None:
    assert lines_of(analyze("$name = 1\n" + text + "\n"), "PSParseError") == []


_CONFIGURATION = """Configuration WebTier
{
    param(
        [string]$ContentSource = '\\\\deploy01\\content',
        [string]$Unused
    )
    Import-DscResource -ModuleName PSDesiredStateConfiguration
    Node 'web01'
    {
        File SiteContent
        {
            Type       = 'Directory'
            SourcePath = $ContentSource
        }
        Service W3SVC
        {
            Name  = 'W3SVC'
            State = 'Running'
        }
        Script Probe
        {
            GetScript = { @{ Result = $Unused } }
        }
    }
}
"""


def test_a_configuration_whose_brace_is_on_the_next_line_has_resources_not_aliases() -> None:
    result = analyze(_CONFIGURATION)
    assert lines_of(result, "PSAvoidUsingCmdletAliases") == []


def test_a_configuration_parameter_read_in_a_node_or_resource_block_is_used() -> None:
    # $Unused is read only in a GetScript block, a script block of its own: still reported.
    assert lines_of(analyze(_CONFIGURATION), "PSReviewUnusedParameter") == [5]


def test_aliases_outside_a_configuration_are_still_reported() -> None:
    result = analyze(_CONFIGURATION + "Service\ngci C:\\\n")
    assert lines_of(result, "PSAvoidUsingCmdletAliases") == [26, 27]


_DECODED_URL = "$u = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($s))\n"


def test_a_decoded_value_quoted_inside_the_built_command_is_data_not_code() -> None:
    script = _DECODED_URL + "$cmd = \"IEX (New-Object Net.WebClient).DownloadString('$u')\"\npowershell.exe -Command $cmd\n"
    assert lines_of(analyze(script), "PSDecodedExecution") == []


@pytest.mark.parametrize("built", ['"IEX $u"', '"Write-Output 1; $u"', "\"& { $u } 'x'\""])
def test_a_decoded_value_spliced_into_the_built_command_is_still_executed(built: str) -> None:
    script = _DECODED_URL + f"$cmd = {built}\npowershell.exe -Command $cmd\n"
    assert lines_of(analyze(script), "PSDecodedExecution") == [1]


def test_convertfrom_json_as_hashtable_is_a_powershell_7_parameter_note() -> None:
    result = analyze("$c = Get-Content c.json -Raw | ConvertFrom-Json -AsHashtable\n$d = '{}' | ConvertFrom-Json\n")
    assert lines_of(result, "PSCompatibilityPowerShell7Parameter") == [1]
    assert lines_of(result, "PSCompatibilityPowerShell7Cmdlet") == []


@pytest.mark.parametrize("text", ['Write-Output "ok $?: done"', 'Write-Output "pid $$: x"',
                                  'Write-Output "http://$server:8080/"'])
def test_single_character_variables_and_a_port_after_the_colon_are_no_parse_error(text: str) -> None:
    assert lines_of(analyze("$server = 'a'\n" + text + "\n"), "PSParseError") == []


def test_a_command_argument_variable_then_a_colon_is_a_parse_error() -> None:
    result = analyze("$server = 'a'\nWrite-Output $server: done\nWrite-Output $server : done $env:TEMP\n")
    assert lines_of(result, "PSParseError") == [2]
