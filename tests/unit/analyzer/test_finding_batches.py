"""Per-finding work done in one pass for rules with a finding on every line: it must answer exactly
what the one-at-a-time helpers answer."""

from __future__ import annotations

import re

from psscript_graphql.analyzer.capabilities import execution_summary
from psscript_graphql.analyzer.corrections import alias_corrections, correction_at, trailing_whitespace_corrections
from psscript_graphql.analyzer.extract import command_details
from psscript_graphql.analyzer.findings import Correction, Finding, Severity, shorten
from psscript_graphql.analyzer.parse import parse_script
from psscript_graphql.analyzer.rules.best_practices import avoid_assignment_to_automatic_variable
from psscript_graphql.analyzer.spellings import command_spellings

# Aliases as the alias rule meets them: after non-ASCII text, in upper case, behind `&`, in a pipeline.
ALIASED = "$t = 'caf\u00e9'; gci $t | % { $_ } | ? { $_ }\nGCI; & gci; cat\u00e9 x; ls\n"


def test_positions_and_extracts_in_one_pass_match_one_at_a_time() -> None:
    # ASCII text takes the inline column arithmetic, non-ASCII text counts characters; both must agree.
    for text in ("Get-Date\n  $x = 1   \nls", ALIASED, "$caf\u00e9 = '\u00e9t\u00e9'\n  Write-Output $caf\u00e9   \n\u00e9"):
        tree = parse_script(text)
        offsets = sorted({0, len(tree.source) - 1, *(m.start() for m in re.finditer(rb"[$\w]+", tree.source))})
        assert tree.positions(offsets) == [tree.position(offset) for offset in offsets]
        spans = [(offset, offset + 9) for offset in offsets]
        assert tree.extracts(spans) == [tree.extract(start, end) for start, end in spans]


def test_places_of_commands_are_where_finding_at_puts_their_findings() -> None:
    for text in (ALIASED, "Get-Date\n  iex $code   \nls"):
        tree = parse_script(text)
        calls = list(tree.commands())
        expected = [Finding.at(call, rule="r", severity=Severity.WARNING, message="m") for call in calls]
        positions, extracts = tree.places(calls)
        assert len(calls) >= 3
        assert positions == [(finding.line, finding.column) for finding in expected]
        assert extracts == [finding.extract for finding in expected]


def test_extracts_of_long_padded_and_multi_line_spans_match_one_at_a_time() -> None:
    # On ASCII text a snippet that strips to one short line skips `shorten`: the others must still be cut,
    # stripped and ended at their first line break as `extract` does.
    text = "  Get-Date   \n" + "Write-Output " + "x" * 150 + "\n\n   $a = 1\r\n" + "y" * 500 + "\n\t\n"
    tree = parse_script(text)
    size = len(tree.source)
    spans = [(start, end) for start in range(0, size, 7) for end in (start, start + 1, start + 30, start + 200, size)]
    extracts = tree.extracts(spans)
    assert extracts == [tree.extract(start, end) for start, end in spans]
    assert {len(extract) for extract in extracts} >= {0, 120}  # empty snippets and cut ones were among them
    assert any(extract.endswith("…") for extract in extracts)


def test_line_extracts_in_one_pass_match_one_at_a_time() -> None:
    # ASCII lines are sliced from the decoded text (short, long, padded, blank, \r\n-ended, the last one without a
    # line break); non-ASCII text takes the line memo. Both must answer what shorten(line_text(line)) answers.
    ascii_text = "  Get-Date   \r\n" + "Write-Output " + "x" * 150 + "\n\n\t \n   $a = 1 \v\n" + " " * 500 + "y\nend"
    for text in (ascii_text, ALIASED):
        tree = parse_script(text)
        lines = list(range(1, len(tree.source.split(b"\n")) + 1))
        assert tree.line_extracts(lines) == [shorten(tree.line_text(line)) for line in lines]
    tree = parse_script(ascii_text)
    assert tree.line_extracts([1, 2, 7]) == ["Get-Date", "Write-Output " + "x" * 106 + "\u2026", "end"]


def test_alias_corrections_in_one_pass_answer_what_correction_at_answers() -> None:
    tree = parse_script(ALIASED)
    commands = [command for command in tree.commands() if command.alias_of]
    positions = [tree.position(command.start) for command in commands]
    expected = [correction_at(tree, "PSAvoidUsingCmdletAliases", c.start, p) for c, p in zip(commands, positions)]
    assert alias_corrections(tree, commands, positions) == expected
    assert expected[0] == Correction(1, 14, 1, 17, "Get-ChildItem", "Replace the alias 'gci' with 'Get-ChildItem'.")
    assert sum(correction is None for correction in expected) == 1  # `& gci` is left as written


def test_trailing_whitespace_corrections_in_one_pass_answer_what_correction_at_answers() -> None:
    # Spaces and tabs after non-ASCII text, at the end of the text, inside a here-string (not corrected), and
    # offsets that are not trailing whitespace at all (no correction either).
    text = "$x = 'caf\u00e9' \t\n$t = @'\nkept  \n'@\nGet-Date # x\nls  "
    tree = parse_script(text)
    offsets = sorted({m.start() for m in re.finditer(rb"[ \t]+", tree.source)})
    positions = [tree.position(offset) for offset in offsets]
    expected = [correction_at(tree, "PSAvoidTrailingWhitespace", o, p) for o, p in zip(offsets, positions)]
    assert trailing_whitespace_corrections(tree, offsets, positions) == expected
    assert expected[0] is None  # `$x = …`: the blank after `$x` ends no line
    assert [c for c in expected if c is not None] == [
        Correction(1, 12, 1, 14, "", "Remove the trailing whitespace."),
        Correction(6, 3, 6, 5, "", "Remove the trailing whitespace."),
    ]


def test_automatic_variable_loops_are_found_without_building_every_loop() -> None:
    # tree.loops() reads the arguments of every ForEach-Object call; the rule needs only `foreach (…)` statements,
    # and answers the same whether or not another rule built tree.loops() first.
    text = "foreach ($input in 1..3) { $input }\n1..3 | % { $_ }\nforeach ($item in $list) { }\n"
    tree = parse_script(text)
    found = [(f.line, f.message) for f in avoid_assignment_to_automatic_variable(tree)]
    assert found == [(1, "The foreach loop assigns the automatic variable $input.")]
    assert not tree.has_cached("loops")
    tree.loops()
    assert [(f.line, f.message) for f in avoid_assignment_to_automatic_variable(tree)] == found


def test_command_spellings_give_each_spellings_first_command_and_count() -> None:
    tree = parse_script("gci .\nls\nGet-ChildItem x\ngci y\n& $tool\n& $tool -v\nls z\n")
    found = [(call.name, tree.position(call.start)[0], count) for call, count in command_spellings(tree)]
    assert found == [("gci", 1, 2), ("ls", 2, 2), ("Get-ChildItem", 3, 1), ("$tool", 5, 2)]


def test_summaries_read_per_spelling_answer_as_per_command() -> None:
    # Aliases and the cmdlet in one group (first spelling opens it), a dynamic call left out, admin reasons per
    # call with their lines, a registry write to HKLM, and a destructive call after many others.
    text = ("gci .\nls\nGet-ChildItem x\n& $tool\nSet-Service a\nSet-Service b\n"
            "Set-ItemProperty HKLM:\\Software\\X -Name a -Value 1\nRemove-Item C:\\x -Recurse -Force\n")
    tree = parse_script(text)
    details = command_details(tree)
    assert [(d["resolved"], d["name"], d["count"], d["first_line"], d["written_as"], d["is_alias"])
            for d in details][:2] == [("Get-ChildItem", "gci", 3, 1, ["gci", "ls", "Get-ChildItem"], True),
                                      ("Set-Service", "Set-Service", 2, 5, ["Set-Service"], False)]
    summary = execution_summary(tree)
    assert summary["admin_reasons"] == ["Set-Service (line 5)", "Set-Service (line 6)",
                                        "Set-ItemProperty writes HKLM (line 7)"]
    assert [d["line"] for d in summary["destructive_operations"]] == [8]
    assert summary["operations"]["files"] == ["Get-ChildItem", "Remove-Item"]


def test_commands_of_one_name_share_every_fact_the_spellings_stand_for() -> None:
    # command_spellings keys on the name: that is sound only while the facts derive from the name alone.
    tree = parse_script("gci .\n& gci\nGCI x\n. ./tool.ps1\n./tool.ps1 -v\nC:\\bin\\git.exe log\nC:\\bin\\git.exe\n")
    facts = {}
    for call in tree.commands():
        seen = facts.setdefault(call.name, (call.resolved, call.alias_of, call.program, call.is_dynamic))
        assert seen == (call.resolved, call.alias_of, call.program, call.is_dynamic)
    assert len(facts) < len(tree.commands())


def test_invoke_expression_findings_in_one_pass_match_finding_at() -> None:
    # Positions and extracts worked out for all calls at once must be those Finding.at gives each call: after
    # non-ASCII text (character columns), constant and built text, and a call spanning lines.
    from psscript_graphql.analyzer.findings import Finding, Severity
    from psscript_graphql.analyzer.rules.security import avoid_using_invoke_expression

    text = "$caf\u00e9 = 'x'; Invoke-Expression $caf\u00e9\niex 'Get-Date'\n  Invoke-Expression `\n  \"$a b\"\n"
    tree = parse_script(text)
    calls = tree.commands_named("Invoke-Expression")
    expected = [
        Finding.at(call, rule="PSAvoidUsingInvokeExpression", severity=Severity.WARNING,
                   message="Invoke-Expression runs " + ("a constant string" if call.first_argument_is_literal()
                                                        else "text built at run time") + " as code.",
                   hint="Call the command directly, or use & with a fixed command name and splatting.",
                   category="security")
        for call in calls
    ]
    assert len(expected) == 3
    assert [(f.line, f.column) for f in expected] == [(1, 14), (2, 1), (3, 3)]
    assert list(avoid_using_invoke_expression(tree)) == expected
