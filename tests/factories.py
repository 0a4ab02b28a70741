"""Small async helpers that insert rows with sensible defaults: make_user(session, **overrides)."""

from __future__ import annotations

import hashlib
import itertools
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from psscript_graphql.db import models

_counter = itertools.count(1)
# A real Argon2 hash costs ~50 ms; tests that log in hash their own password.
UNUSABLE_HASH = "$argon2id$v=19$m=19456,t=2,p=1$bm90LWEtcmVhbC1oYXNo$bm90LWEtcmVhbC1oYXNoLW5vdC1hLXJlYWw"


def _next() -> int:
    return next(_counter)


async def _add(session: AsyncSession, row: Any) -> Any:
    session.add(row)
    await session.flush()
    return row


async def make_user(session: AsyncSession, **overrides: Any) -> models.User:
    n = _next()
    values = {"username": f"user{n}", "email": f"user{n}@example.com", "password_hash": UNUSABLE_HASH}
    return await _add(session, models.User(**(values | overrides)))


async def make_category(session: AsyncSession, **overrides: Any) -> models.Category:
    return await _add(session, models.Category(**({"name": f"Category {_next()}"} | overrides)))


async def make_tag(session: AsyncSession, **overrides: Any) -> models.Tag:
    return await _add(session, models.Tag(**({"name": f"tag-{_next()}"} | overrides)))


async def make_script(session: AsyncSession, *, author: models.User, **overrides: Any) -> models.Script:
    n = _next()
    content = overrides.pop("content", f"Get-Process | Select-Object -First {n}\n")
    values = {
        "title": f"Script {n}",
        "description": "A test script.",
        "content": content,
        "author_id": author.id,
        "file_hash": hashlib.sha256(content.encode()).hexdigest(),
        "is_public": True,
    }
    return await _add(session, models.Script(**(values | overrides)))


async def make_version(session: AsyncSession, *, script: models.Script, **overrides: Any) -> models.ScriptVersion:
    values = {
        "script_id": script.id,
        "version": script.version,
        "title": script.title,
        "content": script.content,
        "file_hash": script.file_hash,
        "author_id": script.author_id,
        "commit_message": "test",
    }
    return await _add(session, models.ScriptVersion(**(values | overrides)))


async def make_comment(session: AsyncSession, *, script: models.Script, author: models.User, **overrides: Any) -> models.Comment:
    values = {"script_id": script.id, "author_id": author.id, "content": f"Comment {_next()}"}
    return await _add(session, models.Comment(**(values | overrides)))


async def make_analysis(session: AsyncSession, *, script: models.Script, **overrides: Any) -> models.ScriptAnalysis:
    values = {
        "script_id": script.id,
        "content_hash": script.file_hash,
        "purpose": "Lists processes.",
        "security_score": 90,
        "quality_score": 80,
        "risk_score": 10,
        "analysis_version": "test",
    }
    return await _add(session, models.ScriptAnalysis(**(values | overrides)))


async def make_execution_log(
    session: AsyncSession, *, script: models.Script, user: models.User | None = None, **overrides: Any
) -> models.ExecutionLog:
    values = {
        "script_id": script.id,
        "user_id": user.id if user else None,
        "status": "success",
        "execution_time_ms": 120.0,
    }
    return await _add(session, models.ExecutionLog(**(values | overrides)))
