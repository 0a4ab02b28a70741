"""The distinct spellings of a script's commands, each with its first command and how many there are.

A command's name decides everything the per-script summaries read about it but its position: the cmdlet it
resolves to, whether it is an alias, its program (invocations._command gives every command of one name the
same facts, from its per-tree memo of `_name_facts`). So `command_details`, `ms_docs_references` and
`execution_summary` go over the spellings, a few dozen, instead of over every command, which a script can
have on every line; the grouping is done at C level.
"""

from __future__ import annotations

from collections import Counter
from operator import attrgetter

from psscript_graphql.analyzer.commands import Command
from psscript_graphql.analyzer.parse import ScriptTree

_NAME = attrgetter("name")


def command_spellings(tree: ScriptTree) -> list[tuple[Command, int]]:
    """(first command, number of commands) of each distinct name, in the order of `tree.commands()`."""
    return tree.cached("command_spellings", lambda: _spellings(tree.commands()))


def _spellings(commands: tuple[Command, ...]) -> list[tuple[Command, int]]:
    names = list(map(_NAME, commands))
    counts = Counter(names)
    firsts = dict(zip(reversed(names), reversed(commands)))  # the last write of a name is its first command
    return [(firsts[name], counts[name]) for name in dict.fromkeys(names)]
