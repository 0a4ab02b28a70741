"""Whole responses of read-only queries are cached per viewer scope and generation; live state
(jobs, admin statistics) and mutations never are."""

from __future__ import annotations

import orjson
import pytest

from psscript_graphql.cache.responses import decode_entry, encode_entry, is_cacheable


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


def test_an_entry_holds_the_responses_json_and_gives_its_data_back_unparsed() -> None:
    data = {"scripts": orjson.Fragment(b'{"nodes":[{"title":"a \\"b\\" \\n \xc3\xa9"}]}'), "me": None}
    entry = encode_entry(data, {"cost": {"requested": 3, "maximum": 1000}})
    fragment, extensions = decode_entry(entry)  # type: ignore[misc]
    assert isinstance(fragment, orjson.Fragment) and extensions == {"cost": {"requested": 3, "maximum": 1000}}
    assert orjson.dumps({"data": fragment}) == b'{"data":{"scripts":{"nodes":[{"title":"a \\"b\\" \\n \xc3\xa9"}]},"me":null}}'


def test_an_entry_of_the_earlier_format_is_a_miss() -> None:
    assert decode_entry(orjson.dumps({"data": {"a": 1}, "extensions": None})) is None
    assert decode_entry(b"") is None
    assert decode_entry(b"not json\n{}") is None
