"""Fixes from the third independent corpus (PowerShell's own parse errors and PowerShell 7 syntax)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.unit.analyzer import blind_scoring
from tests.unit.analyzer.corpus_cases import analyze, lines_of


def test_null_conditional_in_a_string_subexpression_is_code() -> None:
    result = analyze('$first = Get-Item -Path .\nWrite-Output "First: $(${first}?.Name)"\n'
                     'Write-Output "literal ${first}?.Name"\n')
    assert lines_of(result, "PSCompatibilityNullConditional") == [2]


def _score(folder: Path, expected: list[list[object]]) -> blind_scoring.Score:
    folder.mkdir()
    (folder / "s.ps1").write_text("$port = ${cfg}?.Port ?? 80\n$port\n", encoding="utf-8")
    (folder / "expected.json").write_text(json.dumps({"s.ps1": expected}), encoding="utf-8")
    return blind_scoring.score(folder)


def test_two_details_of_one_rule_on_one_line_match_two_expectations(tmp_path: Path) -> None:
    both = _score(tmp_path / "both", [["PSCompatibilityNullConditional", 1], ["PSCompatibilityNullCoalescing", 1]])
    assert both.true_positives["compatibility"] == 2 and not both.false_negatives and not both.false_positives
    # One expectation naming the PSSA id: the line's second finding of that rule is no false positive.
    one = _score(tmp_path / "one", [["PSUseCompatibleSyntax", 1]])
    assert one.true_positives["compatibility"] == 1 and not one.false_positives


def test_param_block_missing_parenthesis_is_reported_after_the_last_parameter() -> None:
    # A missing comma ends the parameter list; PowerShell reports After(last parameter), then the `)` as unexpected.
    result = analyze("param(\n    [Parameter(Mandatory)]\n    [string]$Name\n    [string]$Path = 'x'\n)\n$Name, $Path\n")
    assert lines_of(result, "PSParseError") == [3, 5]
    # The same with attributes on the first parameter only (tree-sitter recovers this one differently).
    result = analyze("param(\n    [Parameter(Mandatory)]\n    [ValidateNotNull()]\n    [string]$Name\n"
                     "    [string]$Path = 'x'\n)\n$Name, $Path\n")
    assert lines_of(result, "PSParseError") == [4, 6]
    # Near miss: a parameter list with its comma parses.
    assert lines_of(analyze("param(\n    [string]$Name,\n    [string]$Path = 'x'\n)\n$Name, $Path\n"), "PSParseError") == []


def test_a_stream_redirected_twice_is_a_parse_error_at_the_second_redirection() -> None:
    result = analyze('$log = "a.log"\nrobocopy.exe src dst /MIR > $log >> "all.log"\n$x = 1\n$x 2>&1 2>$null\n')
    assert lines_of(result, "PSParseError") == [2, 4]
    # Near misses: different streams, one per command, and `>` in a string or comparison.
    clean = analyze('$log = "a.log"\nrobocopy.exe src dst > $log 2> "err.log"\nGet-Date > $log\nGet-Date >> $log\n'
                    'Write-Output "a > b > c"\n')
    assert lines_of(clean, "PSParseError") == []


def test_using_statement_after_another_statement_is_a_parse_error() -> None:
    result = analyze("param([string]$Path)\nSet-StrictMode -Version Latest\nusing namespace System.IO\n"
                     "[File]::Exists($Path)\n")
    assert lines_of(result, "PSParseError") == [3]
    # Near misses: at the top (after comments and #Requires), and $using: in a script block.
    top = analyze("#Requires -Version 5.1\n# hashes\nusing namespace System.IO\nusing module Foo\n"
                  "$n = 1\nInvoke-Command -ComputerName srv1 -ScriptBlock { $using:n }\n")
    assert lines_of(top, "PSParseError") == []


def test_here_string_with_an_indented_footer_is_reported_at_that_footer() -> None:
    # The here-string runs to the end of the file: the function's `{` is unclosed, nothing after is code.
    script = 'function Get-Body {\n    param([string]$Name)\n    @"\nHello $Name\n    "@\n}\nGet-Body -Name x\n'
    assert lines_of(analyze(script), "PSParseError") == [1, 5]
    literal = "$text = @'\nline one\n  '@\n$text\n"
    assert lines_of(analyze(literal), "PSParseError") == [3]
    # With no footer at all PowerShell reports the header.
    assert lines_of(analyze("$text = @'\nline one\n$text\n"), "PSParseError") == [1]
    # Near miss: the footer at the start of its line closes it.
    assert lines_of(analyze(script.replace('    "@', '"@')), "PSParseError") == []


def test_pipeline_ending_in_a_pipe_is_reported_after_the_pipe() -> None:
    script = ("function Get-Big {\n    param([int]$Min)\n    Get-ChildItem -Path . |\n"
              "        Where-Object { $_.Length -gt $Min } |\n}\nGet-Big -Min 1\n")
    assert lines_of(analyze(script), "PSParseError") == [4]
    # Near miss: a pipe at the end of a line continues the pipeline on the next.
    assert lines_of(analyze(script.replace(" |\n}", " |\n        Sort-Object Length\n}")), "PSParseError") == []


def test_variable_read_in_text_the_grammar_could_not_parse_counts_as_read() -> None:
    script = ("$servers = Get-Content -Path servers.txt\n$unused = 1\nforeach ($server $servers) {\n"
              "    Restart-Computer -ComputerName $server\n}\n")
    result = analyze(script)
    assert lines_of(result, "PSParseError") == [3]
    # $servers is read in the broken foreach header (PowerShell's recovered tree keeps it); $unused is not.
    assert lines_of(result, "PSUseDeclaredVarsMoreThanAssignments") == [2]


def test_unclosed_condition_of_a_command_is_reported_where_its_pipeline_ends() -> None:
    # `{ … }` is a script-block argument of Test-Path; the pipeline ends at the newline after it, and PowerShell
    # reports the missing `)` at the next token, past the blank line and the comment.
    script = ("$old = 'C:\\old.cfg'\nif (Test-Path -Path $old {\n    Copy-Item -Path $old -Destination C:\\new.cfg\n}\n\n"
              "# then restart\nRestart-Service -Name Agent\n")
    assert lines_of(analyze(script), "PSParseError") == [7]
    # An expression condition ends at the `{`: reported on the if line.
    expression = "$n = 3\nif ($n -gt 2 {\n    Write-Output $n\n}\nWrite-Output done\n"
    assert lines_of(analyze(expression), "PSParseError") == [2]


def test_unclosed_array_subexpression_is_reported_at_the_brace_it_cannot_take() -> None:
    script = ("function Get-List {\n    $list = @(\n        'a'\n        'b'\n    if ($list) {\n        $list\n    }\n"
              "    $list\n}\nGet-List\n")
    assert lines_of(analyze(script), "PSParseError") == [9]
    # Near miss: closed on a later line, no error at all.
    closed = script.replace("        'b'\n", "        'b'\n    )\n")
    assert lines_of(analyze(closed), "PSParseError") == []


_PS7_SYNTAX = ("function Use-Log {{\n    param([string]$Line)\n    process {{ $Line ?? 'none' }}\n"
               "    clean {{ ${{Line}}?.Trim() }}\n}}\n$level = $args.Count -gt 0 ? 'v' : 'q'\n"
               "Test-Path -Path x && Write-Output $level\n{requires}")


def test_requires_version_does_not_silence_the_syntax_notes() -> None:
    # PSScriptAnalyzer's compatibility rules judge the syntax against their target versions and never read
    # #Requires; four of five independent reviewers label the notes in scripts that declare PowerShell 7.
    def notes(requires: str) -> list[tuple[str, int]]:
        result = analyze(_PS7_SYNTAX.format(requires=requires))
        return sorted((f.detail, f.line) for f in result.findings if f.rule == "PSUseCompatibleSyntax")

    every = [("PSCompatibilityCleanBlock", 4), ("PSCompatibilityNullCoalescing", 3), ("PSCompatibilityNullConditional", 4),
             ("PSCompatibilityPipelineChain", 7), ("PSCompatibilityTernary", 6)]
    assert notes("") == every
    assert notes("#Requires -Version 7.3\n") == every


def test_unclosed_while_condition_is_reported_right_after_the_condition() -> None:
    # PowerShell's WhileStatementRule reports After(condition): the end of the command and its script block.
    script = "while (Test-Path -Path C:\\lock {\n    Start-Sleep -Seconds 1\n}\n\nWrite-Output done\n"
    assert lines_of(analyze(script), "PSParseError") == [3]


def test_unclosed_subexpression_is_reported_at_powershells_end_of_input_or_the_hashtable_brace() -> None:
    # Parser.cs reports MissingEndParenthesisInSubexpression at the token after the statement list: at the end
    # of the file that is the end-of-input token, on the line after the final line break.
    script = "$items = @(1, 2, 3\nforeach ($i in $items) {\n    Write-Output $i\n}\n"
    assert lines_of(analyze(script), "PSParseError") == [5]
    manifest = "@{\n    RootModule = 'T.psm1'\n    FunctionsToExport = @('Get-T', 'Set-T'\n    CmdletsToExport = @()\n}\n"
    assert lines_of(analyze(manifest), "PSParseError") == [5]
    # Near misses: closed, no error; a second unclosed bracket inside stays at the region's start.
    assert lines_of(analyze(script.replace("3\n", "3)\n", 1)), "PSParseError") == []
    assert lines_of(analyze("$items = @(1, (2\nWrite-Output 'x'\n"), "PSParseError") == [1]
