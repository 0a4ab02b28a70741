"""Per-viewer (signed in) or per-IP (anonymous) request rate limits: a token bucket.

With Redis the bucket lives there (one Lua call, atomic, shared by every replica); without it,
in this process. If Redis fails mid-run requests are let through and a warning is logged: an
outage of the limiter must not become an outage of the API.
"""

from __future__ import annotations

import logging
import math
import time
from collections import OrderedDict
from dataclasses import dataclass

from redis.asyncio import Redis
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

MAX_LOCAL_KEYS = 100_000

# KEYS[1] bucket; ARGV: capacity, tokens per ms. Returns {allowed (0/1), ms until one token}.
_BUCKET_LUA = """
local now = redis.call('TIME')
local now_ms = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or capacity
local at = tonumber(state[2]) or now_ms
tokens = math.min(capacity, tokens + (now_ms - at) * rate)
local allowed = 0
local wait = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
else
  wait = math.ceil((1 - tokens) / rate)
end
redis.call('HSET', KEYS[1], 'tokens', tokens, 'at', now_ms)
redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / rate) + 1000)
return {allowed, wait}
"""


@dataclass(frozen=True)
class Decision:
    allowed: bool
    retry_after_s: int = 0


class RateLimiter:
    def __init__(self, per_minute: int, burst: int, redis: Redis | None = None) -> None:
        self.enabled = per_minute > 0
        self.capacity = burst
        self.per_ms = per_minute / 60_000
        self._redis = redis
        self._script = redis.register_script(_BUCKET_LUA) if redis is not None else None
        self._local: OrderedDict[str, tuple[float, float]] = OrderedDict()

    async def hit(self, key: str) -> Decision:
        if not self.enabled:
            return Decision(True)
        if self._script is not None:
            try:
                allowed, wait_ms = await self._script(keys=[f"psscript:rate:{key}"], args=[self.capacity, self.per_ms])
                return Decision(bool(allowed), math.ceil(int(wait_ms) / 1000))
            except RedisError as error:
                logger.warning("rate limiter: Redis unavailable, letting the request through (%s)", error)
                return Decision(True)
        return self._hit_local(key)

    def _hit_local(self, key: str) -> Decision:
        now = time.monotonic() * 1000
        tokens, at = self._local.pop(key, (self.capacity, now))
        tokens = min(self.capacity, tokens + (now - at) * self.per_ms)
        decision = Decision(True) if tokens >= 1 else Decision(False, math.ceil((1 - tokens) / self.per_ms / 1000))
        self._local[key] = (tokens - 1 if decision.allowed else tokens, now)
        if len(self._local) > MAX_LOCAL_KEYS:
            self._local.popitem(last=False)  # the least recently seen client
        return decision
