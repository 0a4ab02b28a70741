"""`serve --workers 2`: whichever worker answers /metrics reports the totals of both."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
from prometheus_client.parser import text_string_to_metric_families

from tests.support.server import ServerProcess

REQUESTS = 24


def served(text: str) -> float:
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == "psscript_graphql_operations_total" and sample.labels == {
                "operation": "WorkerProbe",
                "type": "query",
            }:
                return sample.value
    return 0.0


def test_metrics_are_summed_over_worker_processes(fresh_database: str, tmp_path: Path) -> None:
    metrics_dir = tmp_path / "metrics"
    metrics_dir.mkdir()
    (metrics_dir / "counter_999999.db").write_bytes(b"stale values of an earlier run")  # must be cleared at start
    server = ServerProcess(
        # LOG_LEVEL=info: uvicorn logs "Application startup complete" once per worker.
        {"DATABASE_URL": fresh_database, "PROMETHEUS_MULTIPROC_DIR": str(metrics_dir), "DB_POOL_MIN": "1", "LOG_LEVEL": "info"},
        ("--workers", "2"),
        log_dir=tmp_path,
    ).start()
    try:
        # /healthz answers as soon as one worker is up; send only once both are serving.
        deadline = time.monotonic() + 60
        while server.log().count("Application startup complete") < 2:
            assert time.monotonic() < deadline, server.log()
            time.sleep(0.1)

        def probe(_: int) -> int:
            # A new connection each time, and several at once, so both workers take some.
            response = httpx.post(f"{server.base_url}/graphql", json={"query": "query WorkerProbe { serverInfo { version } }"})
            return response.status_code

        with ThreadPoolExecutor(max_workers=8) as pool:
            assert list(pool.map(probe, range(REQUESTS))) == [200] * REQUESTS
        scrapes = [httpx.get(f"{server.base_url}/metrics").text for _ in range(6)]
        assert [served(text) for text in scrapes] == [REQUESTS] * 6
        assert len({path.name.split("_")[-1] for path in metrics_dir.glob("*.db")}) >= 2  # files of two processes
    finally:
        server.stop()
