"""Automatic Persisted Queries, Apollo's protocol.

A client sends `extensions.persistedQuery = {version: 1, sha256Hash}` without the query; if we
know the hash we run the stored document, otherwise we answer `PersistedQueryNotFound` and the
client retries with query and hash, which we verify and store. Documents live in Redis when
configured (shared by replicas), else in a bounded in-process LRU.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections import OrderedDict
from typing import Any

from redis.asyncio import Redis
from redis.exceptions import RedisError

from psscript_graphql.core.http_edge import EdgeError

logger = logging.getLogger(__name__)

LOCAL_CAPACITY = 5_000
REDIS_TTL_S = 7 * 24 * 3600
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class PersistedQueryNotFound(Exception):
    """The hash is unknown: the client must send the query once."""


class PersistedQueries:
    def __init__(self, redis: Redis | None = None) -> None:
        self._redis = redis
        self._local: OrderedDict[str, str] = OrderedDict()

    async def resolve(self, query: str | None, extensions: dict[str, Any] | None) -> str | None:
        """The query to run: `query` itself, or the stored document its persistedQuery hash names."""
        persisted = (extensions or {}).get("persistedQuery")
        if persisted is None:
            return query
        if not isinstance(persisted, dict) or persisted.get("version") != 1:
            raise EdgeError(400, "Unsupported persistedQuery: only version 1 is supported.", code="PERSISTED_QUERY_NOT_SUPPORTED")
        digest = persisted.get("sha256Hash")
        if not isinstance(digest, str) or not _SHA256.match(digest):
            raise EdgeError(400, "persistedQuery.sha256Hash must be 64 lowercase hex digits.")
        if query is None:
            stored = await self._get(digest)
            if stored is None:
                raise PersistedQueryNotFound
            return stored
        if hashlib.sha256(query.encode()).hexdigest() != digest:
            raise EdgeError(400, "provided sha does not match query", code="PERSISTED_QUERY_HASH_MISMATCH")
        await self._put(digest, query)
        return query

    async def _get(self, digest: str) -> str | None:
        if self._redis is not None:
            try:
                value = await self._redis.get(f"psscript:apq:{digest}")
                return value.decode() if isinstance(value, bytes) else value
            except RedisError as error:
                logger.warning("persisted queries: Redis unavailable (%s)", error)
        found = self._local.get(digest)
        if found is not None:
            self._local.move_to_end(digest)
        return found

    async def _put(self, digest: str, query: str) -> None:
        if self._redis is not None:
            try:
                await self._redis.set(f"psscript:apq:{digest}", query, ex=REDIS_TTL_S)
            except RedisError as error:
                logger.warning("persisted queries: Redis unavailable (%s)", error)
        self._local[digest] = query
        self._local.move_to_end(digest)
        if len(self._local) > LOCAL_CAPACITY:
            self._local.popitem(last=False)
