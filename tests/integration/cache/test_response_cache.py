"""Whole responses of read-only queries are cached per viewer scope and generation; live state
(jobs, admin statistics) and mutations never are."""

from __future__ import annotations

import pytest

from psscript_graphql.cache.responses import is_cacheable


@pytest.mark.parametrize(
    ("query", "operation", "cacheable"),
    [
        ("{ scripts { nodes { title } } }", None, True),
        ("query Page { a: scripts(first: 5) { totalCount } me { username } analytics { mostExecuted { title } } }", None, True),
        ('{ searchScripts(query: "backup") { edges { score } } }', None, True),
        ('{ analysisJob(id: "x") { status } }', None, False),
        ('{ script(id: "x") { title analysisJob { status } } }', None, False),
        ("{ scripts { nodes { ...Job } } } fragment Job on Script { analysisJob { percent } }", None, False),
        ('{ scripts { totalCount } node(id: "x") { id } }', None, False),
        ("{ databaseAdmin { cacheHitRatio { database } } }", None, False),
        ("{ serverInfo { version } }", None, False),
        ("{ ...Everything } fragment Everything on Query { scripts { totalCount } }", None, False),
        ('mutation { logout { revokedSessions } }', None, False),
        ("query A { scripts { totalCount } } mutation B { logout { revokedSessions } }", "B", False),
        ("query A { scripts { totalCount } } mutation B { logout { revokedSessions } }", "A", True),
        ("{ scripts { ", None, False),
    ],
)
def test_only_read_only_queries_of_the_graph_are_cacheable(query: str, operation: str | None, cacheable: bool) -> None:
    assert is_cacheable(query, operation) is cacheable
