"""The metrics directory of `serve --workers N` (prometheus_client's multi-process mode)."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def metrics_directory(configured: str | None) -> Iterator[str]:
    """`configured` emptied of an earlier run's files, or a temporary directory removed afterwards.

    Values left from a previous run would be merged into this one's totals, so the directory must
    start empty; it must not be shared with another server either.
    """
    if configured:
        path = Path(configured)
        path.mkdir(parents=True, exist_ok=True)
        for stale in path.glob("*.db"):
            stale.unlink()
        yield str(path)
        return
    path = Path(tempfile.mkdtemp(prefix="psscript-metrics-"))
    try:
        yield str(path)
    finally:
        shutil.rmtree(path, ignore_errors=True)
