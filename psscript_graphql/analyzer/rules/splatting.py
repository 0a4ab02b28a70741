"""Hashtables splatted into a command (`$psi = @{ FilePath = …; ArgumentList = … }` … `Start-Process @psi`):
the rules that read a command's parameters read these entries as its parameters too."""

from __future__ import annotations

from psscript_graphql.analyzer.commands import ArgKind
from psscript_graphql.analyzer.model import Span
from psscript_graphql.analyzer.parse import ScriptTree


def splatted_tables(tree: ScriptTree, *commands: str) -> list[dict[str, tuple[Span, str]]]:
    """Each hashtable assigned to a variable that is splatted (`@name`) into one of `commands`: lower-case key →
    (span, text) of the entry's value."""
    splatted = {argument.text[1:].lower() for call in tree.commands_named(*commands)
                for argument in call.arguments if argument.kind is ArgKind.SPLAT}
    if not splatted:
        return []  # most scripts: no assignment is built for this
    tables = sorted((a.value_start, a.value_end) for a in tree.assignments() if a.variable in splatted)
    if not tables:
        return []
    entries: dict[tuple[int, int], dict[str, tuple[Span, str]]] = {}
    for node in tree.nodes("hash_entry"):
        table = next(((start, end) for start, end in tables if start <= node.start_byte < end), None)
        if table is None or node.named_child_count < 2:
            continue
        key = tree.text_of(node.named_child(0)).strip().strip("'\"").lower()
        value = node.named_children[-1]
        entries.setdefault(table, {})[key] = (Span(**tree.span_of(value)), tree.text_of(value))
    return list(entries.values())
