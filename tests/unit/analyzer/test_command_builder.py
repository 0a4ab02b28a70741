"""`invocations._command` (the builder every command goes through, which stores the fields without the dataclass's
keyword-only __init__) sets every field the constructor sets, to the same values."""

from __future__ import annotations

from dataclasses import fields

from psscript_graphql.analyzer.commands import ArgKind, Argument, Command, new_argument
from psscript_graphql.analyzer.invocations import _command
from psscript_graphql.analyzer.parse import parse_script


def test_the_command_builder_sets_what_the_constructor_sets() -> None:
    tree = parse_script("gci C:\\temp -Recurse\n")
    node = object()
    built = _command(tree, 0, 20, "gci", "&", (), 0, 1, True, node, {})
    constructed = Command(start=0, end=20, tree=tree, name="gci", resolved="Get-ChildItem", invocation_operator="&",
                          pipeline_id=0, pipeline_index=1, from_tokens=True, node=node, given_arguments=(),
                          alias_of="Get-ChildItem", name_lower="gci", resolved_lower="get-childitem", program="gci")
    for spec in fields(Command):
        assert getattr(built, spec.name) == getattr(constructed, spec.name), spec.name
    assert built == constructed


def test_a_command_of_a_script_resolves_its_alias_and_binds_on_demand() -> None:
    (command,) = parse_script("gci C:\\temp -Recurse\n").commands()
    assert (command.name, command.resolved, command.alias_of, command.program) == (
        "gci", "Get-ChildItem", "Get-ChildItem", "gci")
    assert [argument.text for argument in command.arguments] == ["C:\\temp", "-Recurse"]
    assert command.positional[0].value == "C:\\temp"


def test_the_argument_builder_sets_what_the_constructor_sets() -> None:
    tree = parse_script("Write-Output 'a', 'b'\n")
    items = (Argument(start=13, end=16, tree=tree, text="'a'", kind=ArgKind.STRING, value="a"),)
    built = new_argument(tree, 13, 21, "'a', 'b'", ArgKind.LIST, "'a', 'b'", items)
    constructed = Argument(start=13, end=21, tree=tree, text="'a', 'b'", kind=ArgKind.LIST, value="'a', 'b'",
                           items=items)
    for spec in fields(Argument):
        assert getattr(built, spec.name) == getattr(constructed, spec.name), spec.name
    assert built == constructed
    assert new_argument(tree, 0, 12, "Write-Output", ArgKind.BAREWORD, "Write-Output").items == ()
