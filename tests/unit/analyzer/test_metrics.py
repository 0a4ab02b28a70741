"""code_complexity_metrics: exact counts on small hand-checked samples."""

from __future__ import annotations

from tests.unit.analyzer.corpus_cases import analysis, analyze

TWO_FUNCTIONS = """
function Test-One {
    param($a, $b)
    if ($a -and $b) {
        'both'
    } elseif ($a -or $b) {
        'one'
    } else {
        'none'
    }
}
function Test-Two {
    foreach ($i in 1..3) {
        switch ($i) {
            1 { 'one' }
            2 { 'two' }
            default { 'many' }
        }
    }
    try { Get-Item x } catch { 'caught' }
    while ($false) { }
}
$x = $true ? 1 : 2
if ($x) { 'top' }
"""


def test_cyclomatic_complexity_per_function_and_script() -> None:
    metrics = analyze(TWO_FUNCTIONS).code_complexity_metrics
    # Test-One: 1 + if + -and + elseif + -or; Test-Two: 1 + foreach + 2 switch clauses + catch + while.
    assert [(f["name"], f["cyclomatic_complexity"]) for f in metrics["functions"]] == [("Test-One", 5), ("Test-Two", 6)]
    # Script level: 1 + ternary + if; total: 1 + every decision point.
    assert (metrics["script_complexity"], metrics["total_complexity"]) == (3, 12)
    assert metrics["max_function_complexity"] == 6


def test_function_sizes_parameters_and_nesting() -> None:
    metrics = analyze(TWO_FUNCTIONS).code_complexity_metrics
    assert [(f["line"], f["lines"], f["parameters"]) for f in metrics["functions"]] == [(1, 10, 2), (11, 11, 0)]
    assert metrics["average_function_length"] == 10.5
    assert metrics["max_nesting_depth"] == 3  # function > foreach > switch
    assert (metrics["function_count"], metrics["parameter_count"]) == (2, 2)


def test_line_counts_split_code_comments_and_blanks() -> None:
    metrics = analyze("# comment line\n\nGet-Date # trailing\n<#\nblock\n#>\n$x = 1\n$x").code_complexity_metrics
    assert (metrics["total_lines"], metrics["code_lines"], metrics["comment_lines"], metrics["blank_lines"]) == (8, 3, 4, 1)


def test_nested_functions_keep_their_own_decisions() -> None:
    metrics = analyze("""
        function Outer {
            function Inner {
                if ($a) { 1 }
                if ($b) { 2 }
            }
            trap { continue }
            do { $i++ } until ($i -gt 3)
        }
    """).code_complexity_metrics
    by_name = {f["name"]: f["cyclomatic_complexity"] for f in metrics["functions"]}
    assert by_name == {"Outer": 3, "Inner": 3}
    assert metrics["script_complexity"] == 1 and metrics["total_complexity"] == 5


def test_script_blocks_passed_to_commands_add_nesting() -> None:
    metrics = analyze("Get-Service | ForEach-Object { if ($_.Status) { $_ | Where-Object { $_.Name } } }").code_complexity_metrics
    assert metrics["max_nesting_depth"] == 3
    assert (metrics["command_count"], metrics["unique_command_count"]) == (3, 3)


def test_default_switch_clause_is_not_a_decision() -> None:
    metrics = analyze("switch ($x) {\n    'a' { 1 }\n    default { 2 }\n}").code_complexity_metrics
    assert metrics["total_complexity"] == 2


def test_corpus_metrics_are_consistent() -> None:
    metrics = analysis("clean_user_provisioning.ps1").code_complexity_metrics
    assert metrics["total_lines"] == metrics["code_lines"] + metrics["comment_lines"] + metrics["blank_lines"]
    assert metrics["function_count"] == 1 and metrics["functions"][0]["name"] == "ConvertTo-SamAccountName"
