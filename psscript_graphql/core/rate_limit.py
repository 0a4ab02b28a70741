"""Per-viewer (signed in) or per-IP (anonymous) request rate limits: a token bucket.

Every operation costs a token: a batch of five takes five. Sign-in attempts have a bucket of
their own per client address (accounts/attempts.py).

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

# KEYS[1] bucket; ARGV: capacity, tokens per ms, cost. Returns {allowed (0/1), ms until `cost` tokens}.
_BUCKET_LUA = """
local now = redis.call('TIME')
local now_ms = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or capacity
local at = tonumber(state[2]) or now_ms
tokens = math.min(capacity, tokens + (now_ms - at) * rate)
local allowed = 0
local wait = 0
if tokens >= cost then
  tokens = tokens - cost
  allowed = 1
else
  wait = math.ceil((math.min(cost, capacity) - tokens) / rate)
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

    async def hit(self, key: str, cost: int = 1) -> Decision:
        """Take `cost` tokens (one per operation of a request) from `key`'s bucket, or none if it
        holds fewer: a request is admitted whole or not at all."""
        if not self.enabled:
            return Decision(True)
        if self._script is not None:
            try:
                allowed, wait_ms = await self._script(
                    keys=[f"psscript:rate:{key}"], args=[self.capacity, self.per_ms, cost]
                )
                return Decision(bool(allowed), math.ceil(int(wait_ms) / 1000))
            except RedisError as error:
                logger.warning("rate limiter: Redis unavailable, letting the request through (%s)", error)
                return Decision(True)
        return self._hit_local(key, cost)

    def _hit_local(self, key: str, cost: int) -> Decision:
        now = time.monotonic() * 1000
        tokens, at = self._local.pop(key, (self.capacity, now))
        tokens = min(self.capacity, tokens + (now - at) * self.per_ms)
        if tokens >= cost:
            decision = Decision(True)
        else:
            decision = Decision(False, math.ceil((min(cost, self.capacity) - tokens) / self.per_ms / 1000))
        self._local[key] = (tokens - cost if decision.allowed else tokens, now)
        if len(self._local) > MAX_LOCAL_KEYS:
            self._local.popitem(last=False)  # the least recently seen client
        return decision
