"""How much work a document is before any validation rule walks it, measured in linear time.

A fragment spread twice per level doubles the selection at every level: 25 levels of
`fragment F1 on Query { ...F2 ...F2 }` are a 1 KB document that expands to 2^25 fields, and
every check that walks the expanded document (depth, aliases, cost, Strawberry's
`selected_fields`) ran for minutes. So we first count the expanded size the cheap way — a
fragment's size is its own fields plus, per spread, the size of the fragment it spreads, each
fragment computed once — and refuse documents past MAX_EXPANDED_SELECTIONS. Within the cap every
later walker is bounded by it.

graphql-core's OverlappingFieldsCanBeMerged compares every two fields that answer under the same
response path, pairwise and without memo: 1,240 × `serverInfo { version }` take 1.4 s, and
repeats nested in repeats multiply (8 × 8 × 8 copies: 2.8 s, for 2,264 fields). Within the cap we
can afford to walk the expanded document once and count those pairs; past MAX_OVERLAPPING_PAIRS
(about 0.1 s of that rule here) the document is refused. Real clients repeat a field a few times (an
`id` per fragment); graphql-cop's "field duplication" probe (500 × `__typename`) is refused.
Too many spreads in one selection set are compared pairwise as well, hence MAX_SPREADS_PER_SELECTION.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionSetNode,
)

DEFAULT_MAX_EXPANDED_SELECTIONS = 5_000
MAX_OVERLAPPING_PAIRS = 5_000
MAX_SPREADS_PER_SELECTION = 100
TOO_LARGE_CODE = "DOCUMENT_TOO_LARGE"


@dataclass
class _Definition:
    """What a definition holds itself: its fields (inline fragments included) and its spreads."""

    node: OperationDefinitionNode | FragmentDefinitionNode
    fields: int = 0
    spreads: Counter[str] = field(default_factory=Counter)
    most_spreads: int = 0  # in one of its selection sets


def _summarise(node: OperationDefinitionNode | FragmentDefinitionNode) -> _Definition:
    """Iterative: deep documents cannot exhaust the stack. An inline fragment's spreads count
    with the enclosing selection set's, as graphql-core compares them there."""
    summary = _Definition(node)
    spreads_in: Counter[int] = Counter()
    stack: list[tuple[SelectionSetNode, int]] = [(node.selection_set, id(node.selection_set))]
    while stack:
        selection_set, owner = stack.pop()
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                summary.fields += 1
                if selection.selection_set is not None:
                    stack.append((selection.selection_set, id(selection.selection_set)))
            elif isinstance(selection, InlineFragmentNode):
                stack.append((selection.selection_set, owner))
            elif isinstance(selection, FragmentSpreadNode):
                summary.spreads[selection.name.value] += 1
                spreads_in[owner] += 1
    summary.most_spreads = max(spreads_in.values(), default=0)
    return summary


def _expanded_sizes(fragments: dict[str, _Definition], cap: int) -> dict[str, int]:
    """Expanded size of every fragment, each computed once (depth-first, iterative), saturating
    just past `cap`. A fragment in a cycle counts 0 here; validation refuses the cycle itself."""
    sizes: dict[str, int] = {}
    in_progress: set[str] = set()
    for start in fragments:
        stack = [start]
        while stack:
            name = stack[-1]
            if name in sizes:
                stack.pop()
                continue
            in_progress.add(name)
            pending = [n for n in fragments[name].spreads if n in fragments and n not in sizes and n not in in_progress]
            if pending:
                stack.extend(pending)
                continue
            sizes[name] = _size(fragments[name], sizes, cap)
            in_progress.discard(name)
            stack.pop()
    return sizes


def _size(definition: _Definition, sizes: dict[str, int], cap: int) -> int:
    total = definition.fields
    for name, times in definition.spreads.items():
        total += times * sizes.get(name, 0)
        if total > cap:
            return cap + 1
    return total


def _reachable(roots: Iterable[_Definition], fragments: dict[str, _Definition]) -> set[str]:
    seen: set[str] = set()
    stack = [name for root in roots for name in root.spreads]
    while stack:
        name = stack.pop()
        if name in fragments and name not in seen:
            seen.add(name)
            stack.extend(fragments[name].spreads)
    return seen


def _overlapping_pairs(roots: list[_Definition], fragments: dict[str, _Definition]) -> int:
    """Pairs of expanded fields answering under the same response path: the comparisons
    OverlappingFieldsCanBeMerged makes. Only called once the expanded size is within the cap."""
    paths: dict[tuple[int, str], int] = {}
    fields_at: Counter[int] = Counter()
    for root_id, root in enumerate(roots, start=1):
        stack: list[tuple[SelectionSetNode, int, frozenset[str]]] = [(root.node.selection_set, -root_id, frozenset())]
        while stack:
            selection_set, path, spread = stack.pop()
            for selection in selection_set.selections:
                if isinstance(selection, FieldNode):
                    here = paths.setdefault((path, (selection.alias or selection.name).value), len(paths))
                    fields_at[here] += 1
                    if selection.selection_set is not None:
                        stack.append((selection.selection_set, here, spread))
                elif isinstance(selection, InlineFragmentNode):
                    stack.append((selection.selection_set, path, spread))
                elif isinstance(selection, FragmentSpreadNode):
                    name = selection.name.value
                    if name in fragments and name not in spread:  # a cycle is validation's to report
                        stack.append((fragments[name].node.selection_set, path, spread | {name}))
    return sum(count * (count - 1) // 2 for count in fields_at.values())


def shape_errors(document: DocumentNode, max_expanded_selections: int) -> list[GraphQLError]:
    """The errors for a document too large to validate or run; empty when it may go on."""
    operations: list[_Definition] = []
    fragments: dict[str, _Definition] = {}
    for definition in document.definitions:
        if isinstance(definition, OperationDefinitionNode):
            operations.append(_summarise(definition))
        elif isinstance(definition, FragmentDefinitionNode):
            fragments.setdefault(definition.name.value, _summarise(definition))
    sizes = _expanded_sizes(fragments, max_expanded_selections)
    # What validation walks: every operation expanded, and fragments no operation spreads.
    unused = [fragments[name] for name in fragments.keys() - _reachable(operations, fragments)]
    roots = operations + unused
    expanded = 0
    for root in roots:
        expanded = min(max_expanded_selections + 1, expanded + _size(root, sizes, max_expanded_selections))
    most_spreads = max((d.most_spreads for d in (*operations, *fragments.values())), default=0)
    if expanded > max_expanded_selections:
        return [
            _error(
                f"The document selects more than {max_expanded_selections} fields once its fragments are expanded; "
                "spread fewer fragments or split the query.",
                maximumSelections=max_expanded_selections,
            )
        ]
    if most_spreads > MAX_SPREADS_PER_SELECTION:
        return [
            _error(
                f"A selection set spreads {most_spreads} fragments; at most {MAX_SPREADS_PER_SELECTION} are allowed.",
                maximumSpreads=MAX_SPREADS_PER_SELECTION,
            )
        ]
    pairs = _overlapping_pairs(roots, fragments)
    if pairs > MAX_OVERLAPPING_PAIRS:
        return [
            _error(
                f"The document repeats fields under the same response name too often ({pairs} pairs to compare, "
                f"at most {MAX_OVERLAPPING_PAIRS}); select each field once.",
                maximumOverlappingPairs=MAX_OVERLAPPING_PAIRS,
            )
        ]
    return []


def _error(message: str, **limits: int) -> GraphQLError:
    return GraphQLError(message, extensions={"code": TOO_LARGE_CODE, **limits})
