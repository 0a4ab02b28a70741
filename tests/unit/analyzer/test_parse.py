"""ScriptTree helpers over tree-sitter-pwsh, and the token fallback for broken regions."""

from __future__ import annotations

import textwrap

from psscript_graphql.analyzer import aliases
from psscript_graphql.analyzer.commands import ArgKind
from psscript_graphql.analyzer.findings import Finding, Severity
from psscript_graphql.analyzer.grammar_gaps import parser_input
from psscript_graphql.analyzer.parse import ScriptTree, parse_script
from tests.unit.analyzer.corpus_cases import corpus_text


def tree_of(text: str) -> ScriptTree:
    return parse_script(textwrap.dedent(text).strip("\n") + "\n")


def test_command_with_named_positional_switch_and_colon_arguments() -> None:
    (call,) = tree_of("Copy-Item C:\\a.txt -Destination D:\\b -Force -Confirm:$false").commands()
    assert (call.name, call.resolved, call.line, call.column) == ("Copy-Item", "Copy-Item", 1, 1)
    assert [(n.name, n.value.text if n.value else None) for n in call.named] == [
        ("Destination", "D:\\b"), ("Force", None), ("Confirm", "$false")]
    assert [p.text for p in call.positional] == ["C:\\a.txt"]
    assert call.positional_count() == 1


def test_comma_list_argument_is_one_list_of_constants() -> None:
    (call,) = tree_of("Get-Service -Name 'W32Time', 'Spooler'").commands()
    value = call.value_of("Name")
    assert value is not None and value.kind is ArgKind.LIST and value.is_constant
    assert [item.value for item in value.items] == ["W32Time", "Spooler"]


def test_aliases_resolve_and_commands_named_matches_both_spellings() -> None:
    tree = tree_of("gci | ? Length | % Name\nGet-ChildItem")
    assert [c.resolved for c in tree.commands()] == ["Get-ChildItem", "Where-Object", "ForEach-Object", "Get-ChildItem"]
    assert [c.line for c in tree.commands_named("get-childitem")] == [1, 2]
    assert [c.name for c in tree.commands_named("gci")] == ["gci"]


def test_native_program_is_matched_by_base_name() -> None:
    (call,) = tree_of("& 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe' -NoProfile").commands()
    assert (call.invocation_operator, call.program) == ("&", "powershell")
    assert tree_of("$x = 1").commands_named("powershell") == []


def test_range_at_statement_start_is_not_a_command() -> None:
    tree = tree_of("1..10 | ForEach-Object { $_ }")
    assert [c.name for c in tree.commands()] == ["ForEach-Object"]
    (pipeline,) = tree.pipelines()
    assert pipeline.elements[0].text.strip() == "1..10"


def test_pipeline_elements_include_expressions() -> None:
    tree = tree_of("$rows | Export-Csv -Path out.csv")
    (pipeline,) = tree.pipelines()
    export = tree.commands()[0]
    assert tree.pipeline_of(export) is pipeline
    assert (export.pipeline_index, pipeline.elements[0].text) == (1, "$rows")


def test_functions_expose_binding_should_process_help_and_parameters() -> None:
    (function,) = parse_script(corpus_text("clean_log_rotation.ps1")).functions()
    assert (function.name, function.verb, function.noun, function.line) == ("Compress-LogFile", "Compress", "LogFile", 11)
    assert function.supports_should_process and function.cmdlet_binding is not None
    assert function.help is not None and function.help.parameters == {"path": "Full path of the log file."}
    (parameter,) = function.parameters
    assert (parameter.name, parameter.type_name, parameter.mandatory, parameter.from_pipeline) == (
        "Path", "System.IO.FileInfo", True, True)


def test_script_parameters_and_param_blocks() -> None:
    tree = tree_of("""
        param([string]$Name = 'x', [switch]$Force)
        function Get-Thing([int]$Count) { $Count }
        Invoke-Command -ScriptBlock { param($Inner) $Inner }
    """)
    assert [(p.name, p.default, p.is_switch) for p in tree.script_parameters()] == [("Name", "'x'", False),
                                                                                    ("Force", None, True)]
    assert [(owner, [p.name for p in params]) for owner, params in tree.param_blocks()] == [
        (None, ["Name", "Force"]), ("Get-Thing", ["Count"])]


def test_assignments_know_target_variable_scope_and_value_kind() -> None:
    tree = tree_of("$a = @()\n[string]$b = 5\n$script:c += 'x'\n$d.e = 1\n$f = Get-Date")
    assert [(a.variable, a.scope, a.operator, a.value_kind) for a in tree.assignments()] == [
        ("a", "", "=", "array"), ("b", "", "=", "string"), ("c", "script", "+=", "string"),
        (None, "", "=", "number"), ("f", "", "=", "command")]


def test_variables_mark_assignment_targets_and_names_read() -> None:
    tree = tree_of("$x = 1\n$y = $x + $global:Z\n\"$y\"")
    assert [(v.name, v.scope, v.is_target) for v in tree.variables()] == [
        ("x", "", True), ("y", "", True), ("x", "", False), ("z", "global", False), ("y", "", False)]
    assert tree.names_read(0, len(tree.source)) == {"x", "z", "y"}


def test_strings_member_calls_and_type_literals() -> None:
    tree = tree_of("$w = [Net.WebClient]::new()\n$w.DownloadString('http://x')\n\"a $w\"\n@'\nraw\n'@")
    assert [(s.expandable, s.here, s.has_expansion, s.value) for s in tree.strings()] == [
        (False, False, False, "http://x"), (True, False, True, "a $w"), (False, True, False, "raw")]
    assert [(m.name, m.static, m.line) for m in tree.member_invocations()] == [("new", True, 1),
                                                                              ("DownloadString", False, 2)]
    assert [t.name for t in tree.type_literals()] == ["Net.WebClient"]


def test_loops_catch_clauses_comparisons_and_comments() -> None:
    tree = tree_of("""
        # note
        foreach ($item in $list) { $item }
        Get-Service | ForEach-Object { $_ }
        try { Get-Item x } catch [System.IO.IOException] { }
        if ($a -eq $null) { }
    """)
    assert [(loop.kind, loop.variable) for loop in tree.loops()] == [("foreach", "item"), ("foreach-object", "_")]
    (clause,) = tree.catch_clauses()
    assert clause.types == ("System.IO.IOException",) and clause.is_empty
    assert [(c.operator, c.left, c.right) for c in tree.comparisons()] == [("-eq", "$a", "$null")]
    assert [c.text for c in tree.comments()] == ["# note"]
    assert tree.in_loop(tree.source.index(b"$item }")) and not tree.in_loop(0)


def test_valid_script_has_no_error_regions() -> None:
    tree = parse_script(corpus_text("clean_ad_report.ps1"))
    assert not tree.has_errors and tree.error_regions() == ()


def test_error_region_covers_only_the_broken_lines() -> None:
    tree = parse_script(corpus_text("broken_unclosed_brace.ps1"))
    assert [(r.kind, r.line, r.end_line) for r in tree.error_regions()] == [("error", 5, 7)]


def test_token_fallback_recovers_commands_after_unclosed_string() -> None:
    tree = parse_script(corpus_text("broken_unclosed_string.ps1"))
    assert [(c.line, c.resolved, c.from_tokens) for c in tree.commands()] == [
        (2, "Get-Service", True), (3, "Invoke-Expression", True), (3, "New-Object", True),
        (4, "Set-MpPreference", True), (5, "Get-Process", True)]
    (cradle,) = [m for m in tree.member_invocations() if m.name == "DownloadString"]
    assert cradle.from_tokens and cradle.line == 3


def test_token_fallback_reports_powershell_7_operators() -> None:
    # The unclosed string swallows the second line, so its && is only seen by the token fallback.
    tree = tree_of('$v = "abc\ngit fetch && git status')
    assert [(t.operator, t.line) for t in tree.operator_tokens()] == [("&&", 2)]
    assert tree.nodes("chain_tail") == []


def test_parameters_merged_by_the_grammar_are_split_again() -> None:
    tree = tree_of("param($a = 1, [switch]$b)\nfunction Get-X([int]$c = @(1, 2), $d) { $c }")
    assert [(p.name, p.type_name, p.default, p.owner) for p in tree.parameters()] == [
        ("a", None, "1", None), ("b", "switch", None, None), ("c", "int", "@(1, 2)", "Get-X"), ("d", None, None, "Get-X")]


def test_missing_closing_brace_is_a_missing_region() -> None:
    tree = tree_of("function Get-Thing {\n    Get-Date\n")
    assert [(r.kind, r.missing) for r in tree.error_regions()] == [("missing", "}")]


def test_requires_directives_are_read_from_any_line() -> None:
    tree = tree_of("#Requires -Version 7.2\nGet-Date\n#requires -RunAsAdministrator")
    assert [(span.line, flag, argument) for span, flag, argument in tree.requires()] == [
        (1, "version", "7.2"), (3, "runasadministrator", "")]


def test_finding_at_accepts_model_objects_and_raw_nodes() -> None:
    tree = tree_of("Get-Date")
    (call,) = tree.commands()
    from_model = Finding.at(call, rule="PSX", severity=Severity.WARNING, message="m")
    from_node = Finding.at(call.node, rule="PSX", severity=Severity.WARNING, message="m")
    assert from_model == from_node
    assert from_model.to_dict() == {"rule": "PSX", "severity": "warning", "message": "m", "line": 1, "column": 1,
                                    "hint": "", "extract": "Get-Date", "category": "",
                                        "mitre_technique": None, "correction": None}


def test_alias_table_and_docs_urls() -> None:
    assert aliases.resolve_alias("IEX") == "Invoke-Expression"
    assert aliases.canonical_cmdlet("get-aduser") == "Get-ADUser"
    assert aliases.is_approved_verb("ConvertTo") and not aliases.is_approved_verb("Fetch")
    assert aliases.docs_url("ls") == "https://learn.microsoft.com/powershell/module/microsoft.powershell.management/get-childitem"
    assert aliases.docs_url("my-tool") is None


def test_grammar_gap_rewrites_keep_every_offset() -> None:
    source = b"$a = ${x}?.Name; $b = $y?[0]; $c = $z.M()?.P; $d = $w.Q?.R\nfunction F { param($p) process { $p } }\n"
    rewritten = parser_input(source)
    assert len(rewritten) == len(source)
    assert not tree_of(source.decode()).has_errors
    assert [v.name for v in tree_of(source.decode()).variables()][:2] == ["a", "x"]


def test_switch_clauses_on_one_line_parse_and_if_else_in_a_string_piped_block_is_untouched() -> None:
    assert not tree_of("switch -Regex ($x) { 'a' { 1 } default { 2 } }\n").has_errors
    assert not tree_of("$r = switch ($x) { 1 { if ($y) { 'a' } else { 'b' } } 2 { 'c' } }\n").has_errors
    text = b"'switch (a) {' | ForEach-Object { if ($a) { 1 } else { 2 } }\n"
    assert parser_input(text) == text


def test_switch_clause_with_a_script_block_condition_keeps_its_action() -> None:
    text = b"switch ($n) { { $_ -ge 50 } { 'high'; break } default { 'low' } }\n"
    assert parser_input(text) == text.replace(b"} default", b"};default")
    assert not tree_of(text.decode()).has_errors
