"""The live site workload's body mix, its queries against the schema, and its /metrics arithmetic."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from graphql import build_schema, parse, validate

from bench.run import _bodies
from bench.workloads import live_site_bodies as bodies_module
from bench.workloads.live_site import WORKLOAD, cell_counts, counters, mix_summary

SCHEMA = Path(__file__).parents[2] / "schema.graphql"


def _lists() -> list[list[dict[str, object]]]:
    """Four lists (two orderings, with and without a tag filter) of ten pages, as the seeded data gives them."""
    lists = []
    for order, direction in (("CREATED_AT", "DESC"), ("TITLE", "ASC")):
        for tags in (None, ["network", "ad"]):
            base = {"first": 20, "orderBy": {"field": order, "direction": direction},
                    "filter": {"tagsAny": tags} if tags else None}
            lists.append([{**base, "after": None if page == 0 else f"{order}-{bool(tags)}-{page}"} for page in range(10)])
    return lists


SCRIPTS = [f"script-{n}" for n in range(200)]
TOKENS = [f"token-{n}" for n in range(10)]


@pytest.fixture(scope="module")
def bodies() -> list[dict[str, object]]:
    return _bodies(WORKLOAD, bodies_module.mix(_lists(), SCRIPTS, TOKENS))


def test_one_request_in_twenty_writes_and_half_are_signed_in(bodies: list[dict[str, object]]) -> None:
    summary = mix_summary(bodies)
    assert summary["writes"] == 0.05
    assert summary["signed_in"] == 0.5
    assert summary["list_pages"] + summary["script_pages"] + summary["writes"] == pytest.approx(1)
    assert 0.4 < summary["list_pages"] < 0.6 and 0.4 < summary["script_pages"] < 0.6
    assert all("token" in body for body in bodies if "operationName" in body)  # writers are signed in
    reads = [body for body in bodies if "operationName" not in body]
    lists = [body for body in reads if body["query"] == bodies_module.LIST]
    pages = [body for body in reads if body["query"] == bodies_module.DETAIL]
    for kind in (lists, pages):  # both kinds of page are read signed in and anonymously
        assert 0.35 < sum("token" in body for body in kind) / len(kind) < 0.65


def test_lists_are_browsed_ten_pages_deep_in_two_orderings_with_and_without_a_tag_filter(bodies: list[dict[str, object]]) -> None:
    summary = mix_summary(bodies)
    assert summary["orderings"] == ["CREATED_AT", "TITLE"]
    assert summary["pages_per_list"] == 10
    assert 0.45 < summary["tag_filtered"] <= 0.5  # half the lists; sessions wrapping round start unfiltered
    lists = [body["variables"] for body in bodies if body["query"] == bodies_module.LIST]
    assert {str(v["filter"]) for v in lists} == {"None", "{'tagsAny': ['network', 'ad']}"}
    # Sessions follow `after` cursors: page 1 is read most, page 10 least (every session starts at page 1).
    reads = Counter(v["after"] for v in lists if v["orderBy"]["field"] == "TITLE" and v["filter"] is None)
    assert reads[None] == 10 and reads["TITLE-False-1"] == 9 and reads["TITLE-False-9"] == 1


def test_script_pages_rotate_and_writes_rotate_comments_favorites_and_runs(bodies: list[dict[str, object]]) -> None:
    read = [body["variables"]["id"] for body in bodies if body["query"] == bodies_module.DETAIL]
    assert len(read) == 9 * 24 and set(read) == set(SCRIPTS)  # 24 cycles of 20: every script, a few twice
    writes = [body for body in bodies if "operationName" in body]
    assert Counter(body["operationName"] for body in writes) == {
        "AddComment": 6, "FavoriteScript": 6, "RecordExecution": 6, "UnfavoriteScript": 6}
    assert all("__N__" in body["variables"]["content"] for body in writes if body["operationName"] == "AddComment")
    favorites = [(b["token"], b["variables"]["scriptId"]) for b in writes if b["operationName"] == "FavoriteScript"]
    unfavorites = [(b["token"], b["variables"]["scriptId"]) for b in writes if b["operationName"] == "UnfavoriteScript"]
    assert favorites == unfavorites  # each star is taken back by the same user: favorites do not pile up
    positions = [n for n, body in enumerate(bodies) if "operationName" in body]
    assert positions == list(range(19, len(bodies), 20))  # spread evenly, not in a burst


def test_the_queries_are_valid_against_the_exported_schema() -> None:
    schema = build_schema(SCHEMA.read_text())
    for query in (bodies_module.LIST, bodies_module.DETAIL, *bodies_module.MUTATIONS.values()):
        assert validate(schema, parse(query)) == []


def test_a_mix_without_lists_scripts_or_users_is_refused() -> None:
    with pytest.raises(ValueError, match="needs list pages, scripts and signed-in users"):
        bodies_module.mix(_lists(), SCRIPTS, [])
    with pytest.raises(ValueError):
        bodies_module.mix([], SCRIPTS, TOKENS)


METRICS = """
# HELP psscript_cache_hits_total Cache lookups that found an entry, by cache name.
# TYPE psscript_cache_hits_total counter
psscript_cache_hits_total{cache="response"} 30.0
psscript_cache_hits_total{cache="script"} 500.0
# HELP psscript_cache_misses_total Cache lookups that found nothing, by cache name.
# TYPE psscript_cache_misses_total counter
psscript_cache_misses_total{cache="response"} 90.0
# HELP psscript_compiled_reads_total Queries answered by compiled SQL, by path.
# TYPE psscript_compiled_reads_total counter
psscript_compiled_reads_total{path="edge"} 80.0
psscript_compiled_reads_total{path="view"} 5.0
"""


def test_the_hit_rate_counts_the_response_cache_only_and_compiled_answers_are_a_share_of_misses() -> None:
    before = counters(METRICS)
    assert before == {"hits": 30.0, "misses": 90.0, "compiled": 85.0}
    after = {"hits": 40.0, "misses": 120.0, "compiled": 109.0}
    cell = cell_counts(before, after)
    assert cell["cache_hit_rate"] == 0.25 and cell["compiled_share"] == 0.8  # 24 of the 30 executed reads
    idle = cell_counts(before, before)
    assert idle["cache_hit_rate"] is None and idle["compiled_share"] is None  # no lookups: no rate, not 0%


def _cell(rps: float, hit_rate: float | None, compiled_share: float) -> dict[str, object]:
    return {"rps": rps, "p50_us": 30_000, "p95_us": 70_000, "p99_us": 90_000, "server_cpu_ms_per_request": 3.0,
            "errors": 0, "cache_hit_rate": hit_rate, "compiled_share": compiled_share}


def test_the_report_leads_with_both_servers_their_hit_rates_and_the_ratio(bodies: list[dict[str, object]]) -> None:
    from bench.report import markdown

    entry = {"kind": "live_site", "runs": [], "floor_note": WORKLOAD.floor_note, "live_site": {
        "mix": mix_summary(bodies),
        "runs": [{"connections": 50, "compiled": _cell(300, 0.056, 0.9), "resolvers": _cell(50, None, 0.0)}]}}
    results = {"started_at": "now", "commit": "abc", "machine": {"cpus": 2, "platform": "linux", "python": "3.11"},
               "settings": {"workers": 2, "db_pool_max": 10, "duration_s": 5, "warmup_s": 2},
               "setup": {"dataset": {"scripts": 120}}, "workloads": {"live_site": entry}}
    report = markdown(results)
    assert "| live_site | 50 | compiled reads on | 300 | 30.0 | 70.0 | 90.0 | 3.00 | 5.6% | 90.0% | 0 |" in report
    assert "| live_site | 50 | compiled reads off | 50 | 30.0 | 70.0 | 90.0 | 3.00 | – | 0.0% | 0 |" in report
    assert "| live_site | 50 | on/off req/s | 6.00× |" in report
    assert "5% writes, 50% signed in" in report
    assert report.index("Live site") < report.index("Floors:")
    assert "| workload | clients | GraphQL req/s" not in report  # no executed/floor rows: no empty table


def test_profiling_a_workload_that_drives_its_own_servers_is_refused_in_one_line() -> None:
    from bench import profile

    with pytest.raises(SystemExit, match="live_site drives servers of its own"):
        profile.run("live_site", requests=1, concurrency=1, out=Path("unused"))
