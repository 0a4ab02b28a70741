"""`psscript-graphql worker`: a process that only runs analysis jobs from the Redis Stream.

SIGTERM or SIGINT stops taking new jobs; running ones finish (unfinished ones would be
claimed by another worker anyway, since they are never acknowledged).
"""

from __future__ import annotations

import asyncio
import logging
import signal

from psscript_graphql.cache.redis import RedisStore, request_path_client
from psscript_graphql.config import Settings
from psscript_graphql.db.bootstrap import StartupError, wait_for_database
from psscript_graphql.db.session import Database
from psscript_graphql.jobs.runtime import JobRuntime
from psscript_graphql.jobs.worker import AnalysisWorker
from psscript_graphql.search.embeddings.factory import provider_for

log = logging.getLogger(__name__)


async def run_worker(settings: Settings, database_url: str) -> None:
    if not settings.redis_url:
        raise StartupError("the worker command needs REDIS_URL (without it, `serve` runs analyses in process)")
    provider = provider_for(settings)
    jobs = JobRuntime.from_settings(settings)
    db = Database.from_settings(settings, database_url)
    # Stored analyses invalidate the API replicas' shared cache (see cache/invalidation.py).
    cache_client = request_path_client(settings.redis_url)
    try:
        await jobs.check()
        await wait_for_database(db.engine)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        worker = AnalysisWorker(db, jobs.queue, jobs.broker, provider, settings, on_stored=RedisStore(cache_client).bump)
        log.info("analysis worker %s running %d job(s) at a time", worker.consumer, settings.worker_concurrency)
        await worker.run(stop)
    finally:
        await jobs.close()
        await db.dispose()
        await cache_client.aclose()
