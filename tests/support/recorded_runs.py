"""Recorded runs that make `executionLogs` worth comparing: other users' runs of an owner's public
script carrying parameters and errors, the owner's own run, a run whose runner was deleted, and
runs of the owner's private script by someone who cannot see it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from psscript_graphql.db import models

_AT = datetime(2026, 3, 1, 12, 0, 0, tzinfo=UTC)


@dataclass(frozen=True)
class RecordedRuns:
    public_script_id: int  # the owner's public script that others ran
    private_script_id: int
    log_ids: list[int]


async def record_runs(session: AsyncSession, *, owner_id: int, other_id: int, private_script_id: int) -> RecordedRuns:
    public = await session.scalar(
        select(models.Script.id)
        .where(models.Script.author_id == owner_id, models.Script.is_public.is_(True), models.Script.deleted_at.is_(None))
        .order_by(models.Script.id)
        .limit(1)
    )
    if public is None:  # the seed gave the owner no public script: make one public
        public = await session.scalar(
            select(models.Script.id)
            .where(models.Script.author_id == owner_id, models.Script.deleted_at.is_(None), models.Script.id != private_script_id)
            .order_by(models.Script.id)
            .limit(1)
        )
        script = await session.get(models.Script, public)
        assert script is not None
        script.is_public = True
    runs = [
        # Another user's run with secrets in its parameters and error: the owner must not see them.
        dict(script_id=public, user_id=other_id, status="failure", execution_time_ms=1500.0,
             parameters={"Password": "hunter2", "Retries": 3, "Ratio": 0.1, "Paths": ["C:\\Temp", "é ✓"], "Nested": {"b": None, "a": 1.5}},
             error_message="Access is denied: \"C:\\Secret\"\nline 2", ip_address="10.1.2.3"),
        dict(script_id=public, user_id=other_id, status="success", execution_time_ms=0.25,
             parameters={}, error_message=None, ip_address="2001:db8::8a2e:370:7334"),
        dict(script_id=public, user_id=other_id, status="timeout", execution_time_ms=30000.0,
             parameters=None, error_message="Timed out after 30 s", ip_address="::ffff:192.0.2.128"),
        # The owner's own run: its details are theirs.
        dict(script_id=public, user_id=owner_id, status="success", execution_time_ms=12.5,
             parameters={"Verbose": True}, error_message=None, ip_address="192.168.0.0/24"),
        # A run whose runner's account is gone (user_id SET NULL).
        dict(script_id=public, user_id=None, status="cancelled", execution_time_ms=7.0,
             parameters={"Force": False}, error_message="Cancelled", ip_address=None),
        # Another user's run of the owner's private script, which that user cannot see.
        dict(script_id=private_script_id, user_id=other_id, status="failure", execution_time_ms=3.0,
             parameters={"Token": "abc"}, error_message="Denied", ip_address="10.9.9.9"),
    ]
    logs = []
    for index, run in enumerate(runs):
        # Runs share timestamps in pairs (the (created_at, id) keyset orders them by id); some
        # have microseconds, which DateTime prints only when not zero.
        at = _AT + timedelta(minutes=index // 2 * 7, microseconds=123_456 if index // 2 == 1 else 0)
        log = models.ExecutionLog(created_at=at, **run)
        session.add(log)
        logs.append(log)
    await session.flush()
    return RecordedRuns(public, private_script_id, [log.id for log in logs])
