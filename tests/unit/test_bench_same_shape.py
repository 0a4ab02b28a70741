"""The mutation mix's comparison: equal structure, values free."""

from __future__ import annotations

from bench.workloads.mutation_mix import same_shape


def test_same_keys_nesting_and_nulls_match_whatever_the_values() -> None:
    graphql = {"data": {"addComment": {"errors": [], "comment": {"id": "Q29tbWVudDox", "author": {"id": "a"}}}}}
    floor = {"data": {"addComment": {"errors": [], "comment": {"id": "Q29tbWVudDo5", "author": {"id": "b"}}}}}
    assert same_shape(graphql, floor)


def test_a_missing_key_an_extra_error_or_a_null_payload_differ() -> None:
    base = {"errors": [], "script": {"id": "x", "favoriteCount": 1}}
    assert not same_shape(base, {"errors": [], "script": {"id": "x"}})
    assert not same_shape(base, {"errors": [{"code": "NOT_FOUND"}], "script": {"id": "x", "favoriteCount": 1}})
    assert not same_shape(base, {"errors": [], "script": None})
    assert not same_shape(base, {"errors": [], "script": {"id": 1, "favoriteCount": 1}})
