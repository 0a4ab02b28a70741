"""A here-string with no footer runs to the end of the file; PowerShell closes the blocks around it and
PSScriptAnalyzer runs its rules on that recovered tree, so the analyzer parses the script the same way
(here_string_recovery.py) and reports the string's errors itself."""

from __future__ import annotations

import textwrap

import pytest

from psscript_graphql.analyzer.parse import parse_script
from tests.unit.analyzer.corpus_cases import analyze, hits, lines_of

INDENTED_FOOTER = """
    # Builds the HTML body for the weekly mail.
    function New-ComplianceBody {
        param([object[]]$Rows)
        $html = @"
            <table>$($Rows -join "`n")</table>
            "@
        return $html
    }
    New-ComplianceBody -Rows $data | Out-File -FilePath 'C:\\Reports\\patch-status.html'
"""


def test_a_function_around_a_here_string_with_no_footer_is_still_a_function() -> None:
    result = analyze(INDENTED_FOOTER)
    assert lines_of(result, "PSUseShouldProcessForStateChangingFunctions") == [2]
    assert lines_of(result, "PSParseError") == [2, 6]
    assert "runs to the end of the file" in hits(result, "PSParseError")[1].message
    assert [f.name for f in parse_script(textwrap.dedent(INDENTED_FOOTER)).functions()] == ["New-ComplianceBody"]


def test_what_follows_the_header_is_the_strings_text() -> None:
    result = analyze("""
        function Set-Body {
            $html = @"
        <p>x</p>
            "@
            Invoke-Expression $html
            Write-Output 'done'
        }
    """)
    assert lines_of(result, "PSAvoidUsingInvokeExpression") == []  # text of the string, as for PowerShell
    assert lines_of(result, "PSUseDeclaredVarsMoreThanAssignments") == []  # `$html` is expanded in it
    assert lines_of(result, "PSParseError") == [1, 4]


def test_a_single_quoted_here_string_with_no_footer_is_reported_at_its_header() -> None:
    result = analyze("""
        function Set-Note {
            $note = @'
        <p>x</p>
        }
        Set-Note
    """)
    assert lines_of(result, "PSParseError") == [1, 2]
    assert lines_of(result, "PSUseShouldProcessForStateChangingFunctions") == [1]
    assert lines_of(result, "PSUseDeclaredVarsMoreThanAssignments") == [2]  # never read: the rest is text


@pytest.mark.parametrize("script", [
    # closed later: a here-string with its footer, after a header only named in a comment
    '# write @"\n$a = @"\nx\n"@\n$a\nif ($true) {\n',
    # the file's last bytes are a variable the string expands: they are not replaced, the parse stays
    'function Set-Body {\n    $html = @"\n<p>x</p>\n    "@\n    Invoke-Expression $html\n}\n',
])
def test_no_recovery_where_the_string_is_closed_or_its_last_bytes_are_read(script: str) -> None:
    assert parse_script(script).open_here_string is None


def test_the_errors_are_the_same_whether_or_not_the_script_was_recovered() -> None:
    recovered = analyze(INDENTED_FOOTER)
    # The same script ending in a variable the string expands is not recovered; its errors stay put.
    kept = analyze(INDENTED_FOOTER.rstrip() + " -Append:$force\n")
    assert parse_script(textwrap.dedent(INDENTED_FOOTER).strip() + " -Append:$force\n").open_here_string is None
    assert lines_of(kept, "PSParseError") == lines_of(recovered, "PSParseError") == [2, 6]


def test_every_block_open_at_the_header_is_reported_however_deep() -> None:
    result = analyze("""
        function Restart-StuckService {
            param([string[]]$Name)
            foreach ($serviceName in $Name) {
                if ((Get-Service -Name $serviceName).Status -eq 'StopPending') {
                    $body = @'
            stopping
                    '@
                    Stop-Service -Name $serviceName -Force
                }
            }
        }
        Restart-StuckService -Name Spooler
    """)
    assert lines_of(result, "PSParseError") == [1, 3, 4, 7]
    assert lines_of(result, "PSUseShouldProcessForStateChangingFunctions") == [1]
