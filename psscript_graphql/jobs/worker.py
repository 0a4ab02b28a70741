"""The analysis worker: takes jobs from the queue and runs parse → rules → metrics → embed → store.

Each finished stage updates the job row and publishes a progress event; the last one carries
status `succeeded` (subscribers then read the stored analysis). A failure marks the job
failed and publishes an error event; the job can be retried. The delivery is acknowledged
only after the result or the failure is recorded, so a worker that dies mid-job leaves its
delivery pending for another worker to claim.

Analysis is CPU-bound Python; each stage runs in a thread (`asyncio.to_thread`) so the event
loop keeps serving requests, heartbeats and other jobs meanwhile.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from sqlalchemy import select

from psscript_graphql.analyses import service as analysis_service
from psscript_graphql.analyzer.analyze import (
    AnalysisResult,
    build_analysis,
    gc_paused,
    metrics_stage,
    parse_stage,
    rules_stage,
)
from psscript_graphql.analyzer.findings import Finding
from psscript_graphql.analyzer.parse import ScriptTree
from psscript_graphql.analyzer.settings import AnalyzerSettings
from psscript_graphql.config import Settings
from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from psscript_graphql.jobs import state
from psscript_graphql.jobs.events import EventBroker, ProgressEvent
from psscript_graphql.jobs.queue import Delivery, JobQueue, RedisStreamQueue
from psscript_graphql.jobs.sweep import sweep_lost_jobs, take_sweep_turn
from psscript_graphql.search.embeddings.provider import EmbeddingProvider
from psscript_graphql.search.embeddings.store import ScriptText, store_embeddings

log = logging.getLogger(__name__)

EVENT_FINDINGS = 50  # findings an event carries (most severe first); the stored analysis has all
RECEIVE_BLOCK_MS = 1000
ERROR_BACKOFF_S = 1.0


class JobVanished(Exception):
    """The job row is gone (its script was deleted) or another worker finished it."""


def consumer_name() -> str:
    """Unique per worker process: the consumer group tracks deliveries per consumer."""
    return f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:6]}"


def _event_findings(findings: list[Finding]) -> list[dict[str, Any]]:
    ranked = sorted(findings, key=lambda f: (-f.severity.rank, f.line, f.column))
    return [finding.to_dict() for finding in ranked[:EVENT_FINDINGS]]


def _metrics_and_analysis(tree: ScriptTree, findings: list[Finding]) -> tuple[dict[str, Any], AnalysisResult]:
    metrics = metrics_stage(tree)
    result = build_analysis(tree, findings, metrics)
    tree.release()  # the job asks the tree nothing more: its objects are freed now, not by the cyclic collector
    return metrics, result


class AnalysisWorker:
    def __init__(
        self,
        db: Database,
        queue: JobQueue,
        broker: EventBroker,
        provider: EmbeddingProvider,
        settings: Settings,
        *,
        consumer: str | None = None,
        on_stored: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        self.db, self.queue, self.broker, self.provider, self.settings = db, queue, broker, provider, settings
        self._on_stored = on_stored  # e.g. invalidate the API cache: an analysis changed
        self.consumer = consumer or consumer_name()
        self._stage_delay_s = settings.analysis_stage_delay_ms / 1000
        self._next_sweep = time.monotonic() + settings.job_sweep_interval_s

    async def run(self, stop: asyncio.Event) -> None:
        """Run jobs, up to WORKER_CONCURRENCY at a time, until `stop` is set; then finish the running ones."""
        running: set[asyncio.Task[None]] = set()
        limit = self.settings.worker_concurrency
        while not stop.is_set():
            if len(running) >= limit:
                await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
                continue
            await self._sweep_when_due()
            try:
                deliveries = await self.queue.reclaim(
                    self.consumer, min_idle_ms=self.settings.job_claim_idle_ms, count=limit - len(running)
                )
                if deliveries:
                    log.info("claimed %d job(s) left by a stopped worker", len(deliveries))
                else:
                    deliveries = await self._receive(stop, limit - len(running))
            except Exception:  # noqa: BLE001 — a queue outage must not end the worker; it retries
                log.exception("cannot read the job queue; retrying in %.0f s", ERROR_BACKOFF_S)
                await asyncio.sleep(ERROR_BACKOFF_S)
                continue
            for delivery in deliveries:
                task = asyncio.create_task(self.process(delivery), name=f"analysis-job-{delivery.job_id}")
                running.add(task)
                task.add_done_callback(running.discard)
        if running:
            await asyncio.wait(running)

    async def _sweep_when_due(self) -> None:
        """Re-queue jobs lost between their commit and the stream (jobs/sweep.py). Only a Redis
        Stream can lose them while running: the in-process queue re-queues at start-up."""
        interval = self.settings.job_sweep_interval_s
        if not interval or not isinstance(self.queue, RedisStreamQueue) or time.monotonic() < self._next_sweep:
            return
        self._next_sweep = time.monotonic() + interval
        try:
            if await take_sweep_turn(self.queue.redis, self.consumer, interval):
                await sweep_lost_jobs(self.db, self.queue, waited_s=interval)
        except Exception:  # noqa: BLE001 — a failed sweep is retried next interval; jobs keep running
            log.exception("could not sweep for lost analysis jobs")

    async def _receive(self, stop: asyncio.Event, count: int) -> list[Delivery]:
        """New deliveries, or none as soon as `stop` is set (shutdown does not wait for the block)."""
        receiving = asyncio.create_task(self.queue.receive(self.consumer, count=count, block_ms=RECEIVE_BLOCK_MS))
        stopping = asyncio.create_task(stop.wait())
        await asyncio.wait({receiving, stopping}, return_when=asyncio.FIRST_COMPLETED)
        stopping.cancel()
        if not receiving.done():
            receiving.cancel()  # nothing was delivered to us yet, so nothing is lost
            with contextlib.suppress(asyncio.CancelledError):
                await receiving
            return []
        return receiving.result()

    async def process(self, delivery: Delivery) -> None:
        """Run one delivered job to success or failure, then acknowledge it."""
        heartbeat = asyncio.create_task(self._keep_alive(delivery))
        try:
            await self._process(delivery)
        except Exception:  # noqa: BLE001 — not even the failure could be recorded: leave it unacked
            log.exception("analysis job %d: could not record its outcome; it will be delivered again", delivery.job_id)
            return
        finally:
            heartbeat.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await heartbeat
        await self.queue.ack(delivery)

    async def _process(self, delivery: Delivery) -> None:
        async with self.db.transaction() as session:
            job, run = await state.start(session, delivery.job_id, max_attempts=self.settings.job_max_attempts)
        if job is None:
            return
        await self.broker.publish(ProgressEvent.from_job(job))  # "started", or the give-up failure
        if not run:
            return
        try:
            await self._run_stages(job)
        except JobVanished:
            log.info("analysis job %d vanished while running (script deleted?)", job.id)
        except Exception as error:  # noqa: BLE001 — any stage failure is recorded on the job, as data
            log.warning("analysis job %d failed: %s", job.id, error, exc_info=True)
            async with self.db.transaction() as session:
                failed = await state.fail(session, job.id, f"{type(error).__name__}: {error}"[:2000])
            if failed is not None:
                await self.broker.publish(ProgressEvent.from_job(failed))

    async def _keep_alive(self, delivery: Delivery) -> None:
        interval = max(self.settings.job_claim_idle_ms / 3000, 0.05)
        while True:
            await asyncio.sleep(interval)
            try:
                await self.queue.keep_alive(self.consumer, delivery)
            except Exception as error:  # noqa: BLE001 — a missed heartbeat only risks a duplicate run
                log.warning("analysis job %d: keep-alive failed: %s", delivery.job_id, error)

    async def _progress(self, job_id: int, **changes: Any) -> None:
        async with self.db.autocommit() as session:  # one UPDATE … RETURNING: atomic on its own
            row = await state.progress(session, job_id, **changes)
        if row is None:
            raise JobVanished(job_id)
        await self.broker.publish(ProgressEvent.from_job(row))
        if self._stage_delay_s:
            await asyncio.sleep(self._stage_delay_s)  # ANALYSIS_STAGE_DELAY_MS: tests only

    async def _analyse(self, job: models.AnalysisJob, content: str) -> AnalysisResult:
        """Parse, rules, metrics: each in a worker thread, with a progress event after each."""
        tree = await asyncio.to_thread(parse_stage, content)
        lines = content.count("\n") + (0 if content.endswith("\n") or not content else 1)
        syntax = "with syntax errors" if tree.has_errors else "no syntax errors"
        await self._progress(job.id, stage="parse", percent=20, message=f"Parsed {lines} lines ({syntax}).")

        # The job's own settings replace the deployment default field by field.
        rule_settings = self.settings.analyzer_settings.overridden_by(AnalyzerSettings.from_json(job.settings))
        findings = await asyncio.to_thread(rules_stage, tree, rule_settings)
        await self._progress(
            job.id, stage="rules", percent=45, message=f"{len(findings)} findings.",
            findings=_event_findings(findings), finding_count=len(findings),
        )

        # One hop to the thread for both: nothing is published between them.
        metrics, result = await asyncio.to_thread(_metrics_and_analysis, tree, findings)
        await self._progress(
            job.id, stage="metrics", percent=65,
            message=f"{metrics.get('function_count', 0)} functions, complexity {metrics.get('total_complexity', 1)}, "
            f"nesting depth {metrics.get('max_nesting_depth', 0)}.",
        )
        return result

    async def _run_stages(self, job: models.AnalysisJob) -> None:
        async with self.db.read() as session:
            script = await session.scalar(select(models.Script).where(models.Script.id == job.script_id))
        if script is None:
            raise JobVanished(job.id)
        # The script's current content is analysed, and stored with its own hash.
        content, content_hash = script.content, script.file_hash
        if self._stage_delay_s:
            await asyncio.sleep(self._stage_delay_s)

        # The collector stays paused from the parse to the analysis row, as in analyze_script: the
        # tree's ~100k objects live across the progress events, and a collection between stages
        # would walk all of them for nothing.
        with gc_paused():
            result = await self._analyse(job, content)

        text = ScriptText(script.id, script.title, script.description, content, content_hash)
        async with self.db.transaction() as session:
            await store_embeddings(session, self.provider, [text])
        await self._progress(job.id, stage="embed", percent=85, message=f"Embedded with {self.provider.model}.")

        async with self.db.transaction() as session:
            columns = {**result.to_columns(), "settings": job.settings}
            await analysis_service.store_analysis(session, script.id, content_hash, columns)
            row = await state.progress(
                session, job.id, stage="store", percent=100, succeeded=True,
                message=f"Stored: security {result.security_score}, quality {result.quality_score}, risk {result.risk_score}.",
            )
            if row is None:
                raise JobVanished(job.id)  # rolls the analysis back with it
        if self._on_stored is not None:
            await self._on_stored()
        await self.broker.publish(ProgressEvent.from_job(row))
