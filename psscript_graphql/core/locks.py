"""Transaction-scoped PostgreSQL advisory locks, named by text.

`pg_advisory_xact_lock` takes a 64-bit key and is released at commit or rollback; a name (and
parts, e.g. an owner id and a hash) is folded into that key with SHA-256, so unrelated lock
names practically never share a key.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession


def advisory_key(name: str, *parts: object) -> int:
    text = ":".join([name, *(str(part) for part in parts)])
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big", signed=True)


async def advisory_xact_lock(session: AsyncSession, name: str, *parts: object) -> None:
    """Wait until no other transaction holds this lock; hold it until this transaction ends."""
    await session.execute(select(func.pg_advisory_xact_lock(advisory_key(name, *parts))))
