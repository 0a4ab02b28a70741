"""`model.plain_variable_assignment` (the `$name = value` builder that skips the keyword-only __init__) sets every
field the dataclass's constructor sets, to the same values."""

from __future__ import annotations

from dataclasses import fields

from psscript_graphql.analyzer.model import Assignment, plain_variable_assignment
from psscript_graphql.analyzer.parse import parse_script


def test_the_fast_builder_sets_what_the_constructor_sets() -> None:
    tree = parse_script("$Total += $price * 2\n")
    node = object()
    fast = plain_variable_assignment(tree, 0, 19, "$Total", "total", "script", "+=", 10, node)
    slow = Assignment(start=0, end=19, tree=tree, target="$Total", variable="total", scope="script", operator="+=",
                      value_start=10, value_end=19, cast="", node=node)
    for spec in fields(Assignment):
        assert getattr(fast, spec.name) == getattr(slow, spec.name), spec.name
    assert fast == slow


def test_a_plain_assignment_of_a_script_reads_as_written() -> None:
    (assignment,) = parse_script("$Total += $price * 2\n").assignments()
    assert (assignment.target, assignment.variable, assignment.scope, assignment.operator, assignment.cast) == (
        "$Total", "total", "", "+=", "")
    assert assignment.value == "$price * 2"
    assert assignment.value_kind == "expression"
