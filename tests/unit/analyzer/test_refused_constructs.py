"""Parse errors PowerShell reports where the grammar accepts the text: UnexpectedAttribute (`[CmdletBinding()]`,
any attribute with parentheses, before something other than a param block, a class, an enum or an expression;
at the first attribute before a keyword statement, at the last before a command), ParameterRequiresArgument
(`-Path:` and nothing after it) and DuplicateScriptCommandClause (a second `begin` block)."""

from __future__ import annotations

import pytest

from tests.unit.analyzer.corpus_cases import analyze, lines_of


@pytest.mark.parametrize(("text", "line"), [
    ("[CmdletBinding()]\nfunction Get-Report { 'a' }\n", 1),
    ("# header\n[CmdletBinding()]\n[OutputType([string])]\nfunction Get-Report { 'a' }\n", 2),
    ("[CmdletBinding()]\nSet-StrictMode -Version Latest\nparam([string]$Name)\n", 1),  # the classic mistake
    ("[CmdletBinding()]\n[OutputType([int])]\nGet-Date\n", 2),  # the last attribute before a command
    ("[CmdletBinding()]\nif ($true) { 'x' }\n", 1),
    ("[CmdletBinding()]\n& $tool\n", 1),
    ("function Get-A {\n    [CmdletBinding()]\n}\n", 2),  # nothing after it in the block
    ("[Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSAvoidUsingWriteHost', '')]\nfunction f { 1 }\n", 1),
    ("  [CmdletBinding()]  # indented, a comment after it\nreturn\n", 1),
])
def test_an_attribute_before_a_statement_that_takes_none_is_a_parse_error(text: str, line: int) -> None:
    result = analyze(text)
    assert lines_of(result, "PSParseError") == [line]
    (finding,) = [f for f in result.findings if f.rule == "PSParseError"]
    assert "Unexpected attribute" in finding.message


@pytest.mark.parametrize("text", [
    "[CmdletBinding()]\nparam([string]$Name)\n$Name\n",
    "#Requires -Version 5.1\n[CmdletBinding()]\n# the parameters\n\nparam([string]$Name)\n$Name\n",
    "[CmdletBinding()]\n[OutputType([int])]\nparam()\n1\n",
    "function Get-A {\n    [CmdletBinding()]\n    [OutputType([int])]\n    param()\n    1\n}\n",
    "[DscResource()]\nclass Site {\n    [DscProperty(Key)] [string] $Name\n"
    "    [Site] Get() { return $this }\n    [void] Set() { }\n    [bool] Test() { return $true }\n}\n",
    "[Flags()] enum Perm { Read = 1; Write = 2 }\n",
    "[ValidateNotNullOrEmpty()]\n$name = 'x'\n$name\n",  # an attributed expression
    "[string]\nfunction f { 1 }\n",  # a type literal, no attribute
    "$x = [int]'5'\nWrite-Output $x\n",
])
def test_attributes_where_powershell_takes_them_are_no_parse_error(text: str) -> None:
    assert lines_of(analyze(text), "PSParseError") == []


@pytest.mark.parametrize("text", [
    "Get-Item -Path:\n",
    "Get-ChildItem -Path: | Measure-Object\n",
    "if ($x) { Remove-Item -LiteralPath: }\n",
    "Get-Item -Path:   # the path goes here\r\nGet-Date\r\n",
    "Get-Item -Path: ; Get-Date\n",
])
def test_a_parameter_with_a_colon_and_no_argument_is_a_parse_error(text: str) -> None:
    result = analyze(text)
    assert lines_of(result, "PSParseError") == [1]
    (finding,) = [f for f in result.findings if f.rule == "PSParseError"]
    assert "has a colon but no argument" in finding.message


@pytest.mark.parametrize("text", [
    "Get-Item -Path: -Force\n",  # the word `-Force` is the argument
    "Get-ChildItem -Recurse:$false -Path:C:\\x\n",
    "Write-Output 'Get-Item -Path:'; Write-Output \"-a:\"\n",
    "# Get-Item -Path:\n<#\nGet-Item -Path:\n#>\n",
    "$x = @{ a = 1 }; $p = $env:TEMP; [IO.Path]::GetTempPath()\n",
])
def test_a_colon_followed_by_its_argument_or_outside_a_command_is_not(text: str) -> None:
    assert lines_of(analyze(text), "PSParseError") == []


def test_a_second_named_block_of_one_kind_is_a_parse_error_at_the_second() -> None:
    result = analyze("""
        function Get-Thing {
            begin { $a = 1 }
            process { $a }
            Begin { 2 }
        }
        $block = { begin { 1 } end { 2 } }
        & { begin { 1 } }
    """)
    assert lines_of(result, "PSParseError") == [4]
