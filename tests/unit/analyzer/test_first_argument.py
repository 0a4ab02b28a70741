"""`Command.first_argument_is_literal` answers from the first element when it can (no argument built or bound)
and gives the same answer as binding every argument."""

from __future__ import annotations

import pytest

from psscript_graphql.analyzer.parse import parse_script

CASES = [
    ("Invoke-Expression $a", False),
    ("iex @params", False),
    ("Invoke-Expression \"Get-$kind\"", False),
    ("Invoke-Expression 'Get-Date'", True),
    ("Invoke-Expression Get-Date", True),
    ("Invoke-Expression 'a', 'b'", True),
    ("Invoke-Expression 'a', $b", False),
    ("Invoke-Expression $a -Command 'Get-Date'", True),  # the named -Command wins over the first element
    ("Invoke-Expression $a -C 'Get-Date'", True),
    ("Invoke-Expression -Command $a", False),
    ("Invoke-Expression $a.Trim()", False),
    ("Invoke-Expression 'x'.Trim()", False),
    ("Invoke-Expression $a, 'b'", False),
    ("Invoke-Expression", False),
    ("Invoke-Expression ($a + 'b')", False),
    # One plain `$name` to the command's end is read from the bytes; near misses go through the nodes.
    ("Invoke-Expression \t $Code_2", False),
    ("iex $a # run it", False),
    ("Invoke-Expression $a; Get-Date", False),
    ("Invoke-Expression $env:code", False),
    ("Invoke-Expression ${a}", False),
    ("Invoke-Expression $a`\n  -Command 'Get-Date'", True),
    ("Invoke-Expression $a $b", False),
    ("& 'Invoke-Expression' $a", False),
]


@pytest.mark.parametrize(("line", "literal"), CASES)
def test_answer_from_the_first_element_equals_the_bound_answer(line: str, literal: bool) -> None:
    lazy = parse_script(line + "\n").commands()[0]
    bound = parse_script(line + "\n").commands()[0]
    assert bound.named is not None  # binds every argument before asking
    assert lazy.first_argument_is_literal() is literal
    assert bound.first_argument_is_literal() is literal


@pytest.mark.parametrize("line", ["Invoke-Expression $a", "iex @params", "Invoke-Expression $code.Trim()"])
def test_a_variable_first_argument_builds_no_arguments(line: str) -> None:
    command = parse_script(line + "\n").commands()[0]
    assert command.first_argument_is_literal() is False
    assert command.given_arguments is None
