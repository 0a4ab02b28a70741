"""What the blind5i corpus (syntax-focused: broken scripts and valid tricky syntax) found: parse errors PowerShell
reports where the analyzer placed them elsewhere or missed them, and false findings from text PowerShell reads as
a string or a comment. Each case fails without its fix; each near miss must stay quiet."""

from __future__ import annotations

import pytest

from tests.unit.analyzer.corpus_cases import analyze, lines_of


# -- DuplicateKeyInHashLiteral (SemanticChecks.VisitHashtable): at the second key, keys compared ignoring case --
@pytest.mark.parametrize(("text", "line"), [
    ("$copy = @{\n    Path = 'a'\n    ErrorAction = 'Stop'\n    errorAction = 'Continue'\n}\nCopy-Item @copy\n", 4),
    ("$h = @{ 'Name' = 1; Name = 2 }\n$h\n", 1),  # a quoted and a bare key are the same constant
    ("$h = @{ 1 = 'a'; '1' = 'b' }\n$h\n", 1),
    ("$h = @{\n    a = 1\n    \"A\" = 2\n}\n$h\n", 3),
])
def test_a_hashtable_key_written_twice_is_a_parse_error(text: str, line: int) -> None:
    assert lines_of(analyze(text), "PSParseError") == [line]


@pytest.mark.parametrize("text", [
    "$h = @{ a = 1; b = @{ a = 2 } }\n$h\n",  # the same key in a nested table
    "$list = @(@{ Name = 1 }, @{ Name = 2 })\n$list\n",  # two tables
    "$h = @{ \"k$i\" = 1; \"k$i\" = 2 }\n$h\n",  # computed keys: PowerShell checks only constants
    "$h = @{ ($a) = 1; ($a) = 2 }\n$h\n",
])
def test_keys_that_differ_or_are_computed_are_no_parse_error(text: str) -> None:
    assert lines_of(analyze(text), "PSParseError") == []


# -- ExpressionsMustBeFirstInPipeline: after `|` comes a command; an expression there is reported where it starts --
@pytest.mark.parametrize(("text", "line"), [
    ("param([string]$Folder = '.')\n$names = Get-ChildItem -Path $Folder -File |\n    $_.BaseName.ToUpper()\n"
     "$names\n", 3),
    ("$names = Get-ChildItem -File |\n    $_.BaseName\n$names\n", 2),
    ("Get-ChildItem | 'x'\n", 1),
    ("Get-Service |\n    (Get-Date)\n", 2),
    ("Get-Service |\n\n# the newest first\n    $_.Name\n", 4),  # past a blank line and a comment
])
def test_an_expression_after_a_pipe_is_reported_where_it_starts(text: str, line: int) -> None:
    result = analyze(text)
    assert lines_of(result, "PSParseError") == [line]
    assert "first element of a pipeline" in next(f.message for f in result.findings if f.rule == "PSParseError")


@pytest.mark.parametrize(("text", "lines"), [
    ("Get-ChildItem |\n", [1]),  # nothing after the pipe: the empty element right after it
    ("function f {\n  Get-ChildItem |\n}\n", [2]),
    ("Get-ChildItem |\n    Sort-Object -Property Name\n", []),  # a command on the next line is valid
    ("$x | ForEach-Object { $_ }\n", []),
])
def test_a_pipe_followed_by_a_command_or_nothing_keeps_its_place(text: str, lines: list[int]) -> None:
    assert lines_of(analyze(text), "PSParseError") == lines


# -- a here-string with no footer runs to the end of the file: its text is no code for the token fallback --
def test_the_text_of_a_here_string_never_closed_reaches_no_rule() -> None:
    text = ("param([string]$SqlInstance = 'localhost')\n"
            "Invoke-Sqlcmd -ServerInstance $SqlInstance -Query @\"\n"
            "SELECT name FROM sys.databases\nWHERE state_desc <> 'ONLINE'\n@\"\n")
    result = analyze(text)
    assert [(f.rule, f.line) for f in result.findings] == [("PSParseError", 2)]


def test_a_here_string_with_blanks_after_its_header_is_text_in_a_broken_region() -> None:
    # The here-string's header has blanks after it (PowerShell allows them): its text is still no code.
    text = "$x = (Write-Output @\"   \nWHERE 1\n\"@\niex $q\n"
    result = analyze(text)
    assert lines_of(result, "PSAvoidUsingInvokeExpression") == [4]
    assert lines_of(result, "PSAvoidUsingCmdletAliases") == [4]


# -- MissingTerminatorMultiLineComment: a `<#` never closed makes the rest of the file a comment --
def test_a_block_comment_never_closed_is_one_parse_error_and_hides_the_rest() -> None:
    text = ("<#\n.SYNOPSIS\n    Exports hotfixes.\n.PARAMETER OutFile\n    Where the CSV is written.\n# >\n"
            "param([string]$OutFile = 'a.csv')\ngci | Export-Csv -Path $OutFile\n")
    result = analyze(text)
    assert [(f.rule, f.line, f.column) for f in result.findings] == [("PSParseError", 1, 1)]


def test_a_block_comment_never_closed_inside_a_block_leaves_the_block_open() -> None:
    result = analyze("function Get-A {\n    <#\n    .SYNOPSIS\n    Where it goes\n    # >\n    gci\n}\n")
    assert sorted(lines_of(result, "PSParseError")) == [1, 2]
    assert lines_of(result, "PSAvoidUsingCmdletAliases") == []


@pytest.mark.parametrize("text", [
    "$a = '<#'\nWrite-Output $a\n",  # in a string
    "<# help #>\nWrite-Output 1\n# a line comment with <# in it\n",
    "Write-Output 1 <#inline#> 2\n",
])
def test_a_block_comment_opening_in_a_string_or_comment_or_closed_is_no_parse_error(text: str) -> None:
    assert lines_of(analyze(text), "PSParseError") == []


# -- TerminatorExpectedAtEndOfString: a quote that opens a string never closed, at that quote; every `{` still
#    open there loses its `}` (MissingEndCurlyBrace at the `{`) --
def test_an_apostrophe_that_opens_a_string_to_the_end_of_the_file_is_reported_at_it() -> None:
    text = ("param([string]$Server = 'sql01')\nif (-not (Test-Connection -ComputerName $Server -Quiet)) {\n"
            "    Write-Warning -Message 'Server isn't reachable'\n    exit 2\n}\nWrite-Output \"$Server is up\"\n")
    result = analyze(text)
    assert sorted(lines_of(result, "PSParseError")) == [2, 3]
    (string,) = [f for f in result.findings if f.rule == "PSParseError" and f.line == 3]
    assert string.column == text.splitlines()[2].rindex("'") + 1


@pytest.mark.parametrize("text", [
    "Write-Output \"it's fine\" # isn't it\n$x = 'a''b'\n$x\n",
    "$msg = \"$($items -join \"', '\")\"\n$msg\n",  # quotes inside a subexpression of a string
    "$text = 'two\nlines'\n$text\n",  # a string across lines is closed
])
def test_apostrophes_in_strings_comments_and_escapes_open_no_string(text: str) -> None:
    assert lines_of(analyze(text), "PSParseError") == []


# -- MissingEndParenthesisInExpression: a statement's `(…` whose pipeline ends at a line break, right after the
#    pipeline; the next line's first token is then unexpected (it ends no statement) --
@pytest.mark.parametrize(("text", "lines"), [
    ("$groupName = 'Helpdesk'\n$members = (Get-ADGroupMember -Identity $groupName | Select-Object -ExpandProperty Sam\n"
     "$report = foreach ($m in $members) {\n    $m\n}\n$report\n", [2, 3]),
    ("$count = (Get-ChildItem -Path C:\\Logs -File\n$count\n", [1, 2]),
    ("function f {\n    $n = (Get-Date\n}\n", [2]),  # a `}` ends the statement: nothing unexpected
    ("$m = ($a + $b\nif ($m) { 1 }\n", [1, 2]),  # an expression's pipeline ends at the line break too
    ("$m = (Get-Date\n# note\n\nWrite-Output 1\n", [1, 4]),  # past comments and blank lines, once
])
def test_a_parenthesized_pipeline_not_closed_is_reported_after_it(text: str, lines: list[int]) -> None:
    result = analyze(text)
    assert sorted(lines_of(result, "PSParseError")) == lines
    assert lines_of(result, "PSAvoidUsingPositionalParameters") == []  # the lines below are no arguments


@pytest.mark.parametrize("text", [
    "$members = (Get-ADGroupMember -Identity x |\n    Select-Object -ExpandProperty Name)\n$members\n",
    "$total = (1 +\n    2)\n$total\n",
    "Get-ChildItem -Path C:\\Logs `\n    -Filter *.log -Recurse\n",
])
def test_a_parenthesized_pipeline_closed_on_a_later_line_is_no_parse_error(text: str) -> None:
    assert lines_of(analyze(text), "PSParseError") == []


# -- MissingEndParenthesisInMethodCall: right after the last argument (a whole multi-line hashtable); the next
#    line's token is then unexpected unless it ends the statement --
@pytest.mark.parametrize(("text", "lines"), [
    ("foreach ($svc in Get-Service) {\n    $results.Add([pscustomobject]@{\n        Name = $svc.Name\n"
     "        Status = $svc.Status\n    }\n}\n$results\n", [5]),
    ("$list.Add($item\n$list.Count\n", [1, 2]),
    ("$x = [math]::Round($a,\n    2\n$x\n", [2, 3]),
    ("function f {\n    $sb.Append('x'\n}\n", [2]),
    ("Write-Output $x.Foo($a\n$b\n", [1]),  # a command's argument: the next line's tokens are more arguments
])
def test_a_method_call_not_closed_is_reported_after_its_last_argument(text: str, lines: list[int]) -> None:
    result = analyze(text)
    assert sorted(lines_of(result, "PSParseError")) == lines


@pytest.mark.parametrize("text", [
    "$list.Add(\n    $item)\n$s = $x.Replace('a',\n    'b').Trim()\n$s\n",
    "$results.Add([pscustomobject]@{\n    Name = 'a'\n})\n",
    "$ok = $a.Equals($b -and\n    $c)\n$ok\n",
])
def test_a_method_call_closed_on_a_later_line_is_no_parse_error(text: str) -> None:
    assert lines_of(analyze(text), "PSParseError") == []


def test_a_string_closed_by_a_later_lines_quote_leaves_the_error_where_the_unclosed_one_starts() -> None:
    # `'server01` runs to the first quote on line 3 (one string to PowerShell); the quote after `done` opens the
    # string that is never closed: TerminatorExpectedAtEndOfString there, nothing on line 1.
    result = analyze("$name = 'server01\nGet-Service -ComputerName $name\nWrite-Output 'done'\n")
    assert lines_of(result, "PSParseError") == [3]
