"""The bench's workloads import against the current server code (a renamed constant breaks `python -m bench`)."""

from __future__ import annotations

import sys

import pytest

from bench.workloads.registry import WORKLOADS


def test_every_workload_is_registered_under_its_own_name() -> None:
    assert {"list_page", "detail_page", "search", "mutation_mix", "subscriptions", "live_site"} <= set(WORKLOADS)
    for name, workload in WORKLOADS.items():
        assert workload.name == name
        assert workload.floor is not None or workload.floor_note


def test_the_executor_floor_executes_the_list_page_query_against_the_current_schema() -> None:
    from bench import executor_floor

    assert executor_floor.run(requests=5) > 0  # raises if the query no longer validates or executes


def test_profile_without_the_bench_extra_says_which_extra_in_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    from bench.__main__ import main

    monkeypatch.setitem(sys.modules, "pyinstrument", None)  # as if the bench extra were not installed
    with pytest.raises(SystemExit, match=r"needs pyinstrument: \.venv/bin/pip install -e '\.\[bench\]'"):
        main(["profile"])
