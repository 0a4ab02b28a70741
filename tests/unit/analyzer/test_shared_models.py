"""Models built once per tree and shared by rules: they must answer exactly what the full builds answer."""

from __future__ import annotations

import re
import textwrap

from psscript_graphql.analyzer.declarations import parameter_defaults
from psscript_graphql.analyzer.parse import ScriptTree, parse_script
from psscript_graphql.analyzer.rules.common import string_index
from psscript_graphql.analyzer.token_gaps import rewrite_token_gaps
from psscript_graphql.analyzer.tokens import _CODE_TOKEN, _TOKEN, code_tokens

_MINIDUMP = re.compile(rb"(?i)minidump")
SCRIPT = textwrap.dedent("""\
    param([string]$Server = 'db01', [int]$Port)
    function Get-Report([string]$Path = 'C:\\out', $Count = 1, $b) { $Path }
    function Set-Thing {
        [CmdletBinding()]
        param(
            [Parameter(Mandatory)][string]$Name,
            [ValidateSet('a', 'b')][string]$Mode = 'a'
        )
        $x = { param($Inner = 5) $Inner }
    }
    """)


def _tree() -> ScriptTree:
    return parse_script(SCRIPT)


def test_parameter_defaults_from_the_nodes_equal_those_of_the_built_parameters() -> None:
    light = parameter_defaults(_tree())  # nothing built yet: read from the nodes
    built = _tree()
    expected = [(p.name, p.end, p.default) for p in built.parameters() if p.default]
    assert light == expected == parameter_defaults(built)  # built: read from the FunctionDefs
    # Script-block param blocks are no declarations (`$Inner`), as in `parameters()`.
    assert [(name, default) for name, _, default in light] == [
        ("Server", "'db01'"), ("Path", "'C:\\out'"), ("Count", "1"), ("Mode", "'a'")]


def test_string_index_is_built_once_per_tree_and_finds_the_innermost_string() -> None:
    tree = parse_script("$a = 'one'\n$b = \"two $('three')\"\n")
    index = string_index(tree)
    assert string_index(tree) is index
    inner = index.innermost(tree.source.index(b"three"))
    assert inner is not None and tree.text_of_span(inner) == "'three'"


def test_needle_questions_answer_the_same_when_asked_again_through_another_path() -> None:
    tree = parse_script("Write-Host 'MiniDump'\n# minidump in a comment\nGet-Item x\n")
    assert tree.mentions(b"minidump") and not tree.mentions(b"procdump")
    lines = [tree.position(offset)[0] for _, offset in tree.search(_MINIDUMP, needles=(b"minidump",))]
    assert lines == [1]  # the comment's match is skipped
    assert tree.range_mentions(0, 40, (b"minidump",)) and not tree.range_mentions(30, 40, (b"procdump",))
    assert not tree.mentions(b"procdump")  # answered from what the scans found


def test_an_escaped_quote_after_a_word_becomes_a_backslash_and_underscore_elsewhere_stays() -> None:
    source = b'netsh wlan set hostednetwork ssid=`"$name`" key=x; Write-Host `"quoted`"\n'
    rewritten = rewrite_token_gaps(source, source.lower())
    assert rewritten == b'netsh wlan set hostednetwork ssid=\\_$name\\_ key=x; Write-Host `"quoted\\_\n'
    assert len(rewritten) == len(source)


def test_token_kinds_where_two_kinds_start_with_the_same_character() -> None:
    source = (b"<# c #> $x.Name() -Path `\n? ?? @(1) $(2) @'\nh\n'@ \"s\" [int] 'open\n")
    kinds = [(kind, text) for kind, _, text in code_tokens(source, 0)]
    assert kinds == [
        ("variable", b"$x"), ("member", b".Name"), ("op", b"("), ("op", b")"), ("param", b"-Path"),
        ("continuation", b"`\n"), ("word", b"?"), ("op", b"??"), ("op", b"@("), ("word", b"1"), ("op", b")"),
        ("op", b"$("), ("word", b"2"), ("op", b")"), ("here", b"@'\nh\n'@"), ("string", b'"s"'),
        ("type", b"[int]"), ("unclosed", b"'open"), ("op", b"\n")]


def test_the_scanners_tokens_are_the_code_tokens_with_their_blanks_left_out_to_the_end_of_any_range() -> None:
    source = b"  Get-Item\t -Path 'a b' |  % { $_.Name() }   \n\t$x = @'\n h \n'@  ;  'open  \n  <# c #>  x  "
    for start, end in [(0, len(source)), (1, len(source) - 1), (11, 14), (20, 33), (len(source) - 3, len(source))]:
        expected = [(m.lastgroup, m.span()) for m in _TOKEN.finditer(source, start, end) if m.lastgroup != "space"]
        found = [(m.lastgroup, m.span(m.lastindex)) for m in _CODE_TOKEN.finditer(source, start, end)
                 if m.lastgroup != "space"]
        assert found == expected
        # Trailing blanks are no token of their own (`other` never matches a blank), whatever the range.
        assert all(source[s:e].strip(b" \t") for _, (s, e) in found)
