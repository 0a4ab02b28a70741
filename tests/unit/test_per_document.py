"""PerDocument caches by the parsed document's identity, never by its (deep, slow) hash."""

from __future__ import annotations

from graphql import DocumentNode, parse

from psscript_graphql.core.extensions.per_document import PerDocument


def test_results_are_cached_per_document_object_and_bounded() -> None:
    calls: list[DocumentNode] = []

    def compute(document: DocumentNode, limit: int) -> int:
        calls.append(document)
        return len(calls)

    cache = PerDocument(compute, maxsize=2)
    first, same_text = parse("{ a }"), parse("{ a }")
    assert cache(first, 1) == 1 and cache(first, 1) == 1  # cached
    assert cache(first, 2) == 2  # other arguments, other entry
    assert cache(same_text, 1) == 3  # an equal but distinct document is its own entry
    assert cache(first, 1) == 4  # evicted: at most two entries
    assert calls == [first, first, same_text, first]
