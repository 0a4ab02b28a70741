"""Constant folding over text: what each operator folds to, what is left alone, and the rewritten script."""

from __future__ import annotations

import re

import pytest

from psscript_graphql.analyzer import folding
from psscript_graphql.analyzer.folded_script import fold_script
from psscript_graphql.analyzer.fold_roots import script_roots
from psscript_graphql.analyzer.parse import parse_script


def folded_values(text: str) -> list[tuple[str, str]]:
    """(role, value) of every fold root of a script."""
    return [(root.role, root.value) for root in script_roots(parse_script(text))]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("$x = 'New-' + 'Object'", "New-Object"),
        ("$x = 'In' + 'vo' + 'ke-Ex' + 'pression'", "Invoke-Expression"),
        ("$x = \"{1}{0}\" -f 'x','ie'", "iex"),
        ("$x = '{0}{1,3}' -f 'a','b'", "a  b"),
        ("$x = '{{{0}}}' -f 'a'", "{a}"),
        ("$x = -join ('ie','x')", "iex"),
        ("$x = ('N','e','w') -join ''", "New"),
        ("$x = ('a','b') -join '-'", "a-b"),
        ("$x = [char]73 + [char]69 + [char]88", "IEX"),
        ("$x = [char]0x49 + [char]0x45 + [char]0x58", "IEX"),
        ("$x = -join [char[]](73,69,88)", "IEX"),
        ("$x = [string][char]105 + 'ex'", "iex"),
        ("$x = 'iQeQx' -replace 'q',''", "iex"),  # -replace ignores case
        ("$x = 'IEX' -creplace 'E','e'", "IeX"),
        ("$x = 'i-e-x' -replace '(\\w)-', '$1'", "iex"),
        ("$x = -join 'xei'[-1..-3]", "iex"),
        ("$x = 'noisserpxE-ekovnI'[-1..-17] -join ''", "Invoke-Expression"),
        ("$x = [regex]::Matches('xei','.','RightToLeft') -join ''", "iex"),
        ("$x = [string]::Join('', ('i','e','x'))", "iex"),
        ("$x = [string]::Concat('Down','load')", "Download"),
        ("$x = 'iAx'.Replace('A','e')", "iex"),
        ("$x = 'IEX'.ToLower()", "iex"),
        ("$x = (('Inv' + 'oke') + '-Expression')", "Invoke-Expression"),
        ("$x = \"`i`e`x\"", None),  # a plain (escaped) literal is not a computation
        ("$x = \"$('i' + 'ex')\"", "iex"),
        ("$x = [Text.Encoding]::Unicode.GetString([Convert]::FromBase64String('aQBlAHgA'))", "iex"),
        ("$x = [System.Text.Encoding]::UTF8.GetString([System.Convert]::FromBase64String('aWV4'))", "iex"),
        ("$x = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('not base64!'))", None),
        ("$x = $enc.GetString([Convert]::FromBase64String('aWV4'))", None),  # an encoding we cannot know
    ],
)
def test_constant_expressions_fold_to_their_value(text: str, value: str | None) -> None:
    assert folded_values(text + "\n") == ([("value", value)] if value is not None else [])


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("$x = 'it''s' + ' ' + 'o''k'", "it's o'k"),
        ("$x = 'Invoke-' +\n    'Expression'", "Invoke-Expression"),
        ("$x = 'Écr' + 'ire-Hôte'", "Écrire-Hôte"),
        ("$x = '' + 'ab'", "ab"),
        ("$x = 'a' + \"b\" + 'c'", "abc"),  # not all single-quoted: term by term
        ("$x = 'a' + 'b' + $env:Unknown", "ab"),  # the outer sum is not constant, its prefix is
        ("$x = '" + "a" * 4095 + "' + 'bc'", None),  # longer than MAX_TEXT
    ],
)
def test_sums_of_single_quoted_literals_fold_as_term_by_term_evaluation_does(text: str, value: str | None) -> None:
    assert folded_values(text + "\n") == ([("value", value)] if value is not None else [])


def test_variables_assigned_once_to_a_constant_are_folded_inside_expressions() -> None:
    text = "$a = 'Am' + 'si'\n$b = 'Utils'\n$t = \"System.Management.Automation.$a$b\"\n"
    assert folded_values(text) == [("value", "Amsi"), ("value", "System.Management.Automation.AmsiUtils")]


@pytest.mark.parametrize(
    "text",
    [
        "$x = $prefix + 'Object'",  # $prefix is never assigned
        "param($p)\n$x = $p + 'Object'",  # a parameter is not a constant
        "$a = 'x'\n$a = 'y'\n$x = $a + 'z'",  # assigned twice
        "$x = $a + 'z'\n$a = 'x'",  # read before it is assigned
        "$x = \"$env:TEMP\\file\"",  # the environment is not constant
        "$x = 'a' + (Get-Date)",  # a command result
        "$x = 1 + 2",  # numbers are not text
        "$x = 'abc'",  # a plain literal
        "$x = \"{0:N2}\" -f 3.5",  # format specifiers are not modelled
        "foreach ($i in 1..3) { $x = 'a' + $i }",  # a loop variable
        "$x = 'abc' -match 'b'",  # not a text operator
    ],
)
def test_expressions_that_are_not_constant_text_are_left_alone(text: str) -> None:
    assert folded_values(text + "\n") == []


def test_roles_tell_command_names_and_member_names_from_values() -> None:
    text = "& ('New-'+'Object') Net.WebClient\n$wc.('Down'+'loadString')($u)\n. (\"{1}{0}\" -f 'x','ie') $p\n"
    assert folded_values(text) == [("command", "New-Object"), ("member", "DownloadString"), ("command", "iex")]


def test_a_variable_computed_from_pieces_is_a_hidden_command_name_when_invoked() -> None:
    text = "$c = [char]105 + [char]101 + [char]120\n& $c 'Get-Date'\n$plain = 'C:\\tools\\x.exe'\n& $plain\n"
    assert folded_values(text) == [("value", "iex"), ("command", "iex")]


def test_the_rewritten_script_replaces_each_root_and_maps_offsets_back() -> None:
    text = "$n = 1\n& ('New-'+'Object') Net.WebClient\n$wc.('Down'+'loadString')('http://x')\n"
    folded = fold_script(parse_script(text))
    assert folded is not None
    assert folded.tree.text == "$n = 1\n& New-Object Net.WebClient\n$wc.DownloadString('http://x')\n"
    assert not folded.tree.has_errors
    command = folded.tree.commands_named("New-Object")[0]
    assert command.name == "New-Object"
    # Inside a replacement → the start of the original expression; after it → shifted back.
    inside = folded.tree.text.index("Object Net")
    assert folded.to_original(inside) == text.index("('New-'")
    after = folded.tree.text.index("Net.WebClient")
    assert folded.to_original(after) == text.index("Net.WebClient")
    assert "('New-'+'Object') → New-Object" in folded.resolved_note(2)


def test_calls_of_an_alias_the_script_defines_fold_to_the_aliased_command() -> None:
    text = "Set-Alias -Name run -Value Invoke-Expression\nrun $code\nNew-Alias x ('Get-'+'Date')\nx\n"
    folded = fold_script(parse_script(text))
    assert folded is not None
    assert folded.tree.text == "Set-Alias -Name run -Value Invoke-Expression\nInvoke-Expression $code\n" \
        "New-Alias x 'Get-Date'\nGet-Date\n"
    roots = script_roots(parse_script(text))
    assert [(r.value, r.alias, r.hidden) for r in roots if r.alias] == [
        ("Invoke-Expression", True, True), ("Get-Date", True, False)]


def test_quotes_in_folded_values_are_escaped_for_the_rewritten_script() -> None:
    folded = fold_script(parse_script("$x = \"it's \" + 'fine'\n"))
    assert folded is not None and folded.tree.text == "$x = 'it''s fine'\n"


def test_scripts_without_computed_text_are_not_rewritten() -> None:
    assert fold_script(parse_script("Get-ChildItem -Path 'C:\\temp' | Where-Object { $_.Length -gt 1 }\n")) is None


def test_deeply_nested_or_huge_expressions_do_not_fold_or_fail() -> None:
    nested = "$x = " + "(" * 200 + "'a'" + " + 'b')" * 200 + "\n"
    values = [value for _, value in folded_values(nested)]  # too deep as a whole: inner parts fold
    assert values and all(value == "a" + "b" * (len(value) - 1) for value in values)
    huge = "$x = 'a' * 10 + ('b' + 'c')\n$y = (1..100000) -join ''\n"
    assert folded_values(huge) == [("value", "bc")]


@pytest.mark.parametrize("empty_terms", [0, 5000])  # a chain longer than MAX_ITEMS is walked in pieces
@pytest.mark.parametrize("depth", [1, 56, 57, 58, 59, 60, 61])
def test_a_sum_of_literals_read_from_its_text_folds_as_term_by_term_evaluation_at_any_nesting(
        depth: int, empty_terms: int, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "$x = " + "(" * depth + "'' + " * empty_terms + "'Invoke-' + 'Exp'" + ")" * depth + " + 'ression'\n"
    from_text = folded_values(text)
    monkeypatch.setattr(folding, "_VERBATIM_SUM", re.compile(rb"(?!)"))  # never matches: term by term
    assert from_text == folded_values(text)
