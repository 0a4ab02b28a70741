"""Redis down at start with REDIS_URL set, or a worker without REDIS_URL: one line, exit 1."""

from __future__ import annotations

from tests.e2e.test_startup_errors import _cli, _one_error_line
from tests.support.server import free_port


def test_serve_with_unreachable_redis_gives_one_line_and_exit_1(fresh_database: str) -> None:
    url = f"redis://:secret@127.0.0.1:{free_port()}/0"
    line = _one_error_line(_cli("serve", env={"DATABASE_URL": fresh_database, "REDIS_URL": url}))
    assert line.startswith("psscript-graphql: error: Redis unreachable at redis://:***@127.0.0.1:")
    assert "secret" not in line


def test_worker_with_unreachable_redis_gives_one_line_and_exit_1() -> None:
    line = _one_error_line(_cli("worker", env={"REDIS_URL": f"redis://127.0.0.1:{free_port()}/0"}))
    assert line.startswith("psscript-graphql: error: Redis unreachable at redis://127.0.0.1:")


def test_worker_without_redis_url_gives_one_line_and_exit_1() -> None:
    line = _one_error_line(_cli("worker", env={"REDIS_URL": ""}))
    assert line == "psscript-graphql: error: the worker command needs REDIS_URL (without it, `serve` runs analyses in process)"


def test_bad_job_setting_gives_one_line_and_exit_1() -> None:
    line = _one_error_line(_cli("worker", env={"WORKER_CONCURRENCY": "0"}))
    assert line == "psscript-graphql: error: WORKER_CONCURRENCY must be at least 1, got 0"
