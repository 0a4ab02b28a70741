"""`GET /metrics`: the Prometheus text exposition of this server.

One process: the default registry (our metrics plus the client's process and GC collectors).
Several (`serve --workers N`): `PROMETHEUS_MULTIPROC_DIR` names a directory every worker writes
its values to; whichever worker answers the scrape merges all of them (`MultiProcessCollector`),
so counters are totals over the workers and gauges follow their `multiprocess_mode`. The
directory must be empty when the server starts (`serve` clears it) and shared by the workers
only — not by two servers.
"""

from __future__ import annotations

import os

from prometheus_client import REGISTRY, CollectorRegistry, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_PLAIN_0_0_4
from prometheus_client.multiprocess import MultiProcessCollector, mark_process_dead
from starlette.requests import Request
from starlette.responses import Response

from psscript_graphql.db.session import Database
from psscript_graphql.observability.metrics import observe_pools, observe_queue_depths


def pool_engines(db: Database) -> dict[str, object]:
    engines = {"primary": db.engine}
    if db.read_engine is not db.engine:
        engines["read"] = db.read_engine
    return engines


async def metrics(request: Request) -> Response:
    """Current values; the pool and queue gauges are read now, at scrape time."""
    observe_pools(pool_engines(request.app.state.db))  # type: ignore[arg-type]
    await observe_queue_depths()
    multiproc_dir = request.app.state.settings.prometheus_multiproc_dir
    if multiproc_dir:
        registry = CollectorRegistry()
        MultiProcessCollector(registry, path=multiproc_dir)
        body = generate_latest(registry)
    else:
        body = generate_latest(REGISTRY)
    return Response(body, media_type=CONTENT_TYPE_PLAIN_0_0_4)


def forget_this_process(multiproc_dir: str | None) -> None:
    """At shutdown: drop this worker's live gauges (subscriptions, pools) from the merged view."""
    if multiproc_dir:
        mark_process_dead(os.getpid(), multiproc_dir)
