"""Growing delays between failed sign-ins, per (account name, client address) — OWASP's
throttling instead of a lockout, so that nobody elsewhere can lock the owner out.

Each attempt is counted as a failure when it starts (`attempt`) and forgotten when it succeeds
(`succeeded`): concurrent guesses cannot slip in together before the first one's result is
known. The first `free_failures` attempts are free; each further one must wait `BASE_DELAY_S`
× 2^(n − free), at most `max_delay_s`, after the one before. Counters are forgotten after
`IDLE_RESET_S` without attempts.

Keys are the identifier as typed (trimmed, lower-cased), never the account id: a user's name and
email throttle apart, and a name that has no account throttles exactly like one that does, so the
throttle tells nobody which accounts (or which emails) exist.

With Redis the counters live there (one Lua call per attempt, shared by every replica);
without it, in this process. If Redis fails the attempt is let through and a warning logged,
as the request rate limiter does.
"""

from __future__ import annotations

import hashlib
import logging
import math
import time
from collections import OrderedDict

from redis.asyncio import Redis
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

BASE_DELAY_S = 1.0
IDLE_RESET_S = 3600
MAX_LOCAL_KEYS = 100_000

# KEYS[1]: the identifier's hash; ARGV: address, free failures, base ms, max ms, idle ms.
# Returns the ms to wait before an attempt is allowed (0: allowed, and counted).
_ATTEMPT_LUA = """
local now = redis.call('TIME')
local now_ms = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
local free, base, max_delay = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local raw = redis.call('HGET', KEYS[1], ARGV[1])
local failures, next_at = 0, 0
if raw then
  local sep = string.find(raw, ':', 1, true)
  failures, next_at = tonumber(string.sub(raw, 1, sep - 1)), tonumber(string.sub(raw, sep + 1))
end
if now_ms < next_at then
  return next_at - now_ms
end
if failures >= free then
  next_at = now_ms + math.min(max_delay, base * 2 ^ (failures - free))
end
redis.call('HSET', KEYS[1], ARGV[1], (failures + 1) .. ':' .. string.format('%d', next_at))
redis.call('PEXPIRE', KEYS[1], ARGV[5])
return 0
"""


def _key(identifier: str) -> str:
    return "psscript:signin:" + hashlib.sha256(identifier.strip().lower().encode()).hexdigest()


class SignInThrottle:
    def __init__(self, redis: Redis | None, *, free_failures: int, max_delay_s: float) -> None:
        self.free_failures, self.max_delay_s = free_failures, max_delay_s
        self._redis = redis
        self._script = redis.register_script(_ATTEMPT_LUA) if redis is not None else None
        # (key, address) → (failures, next allowed at, last attempt at), in ms of the monotonic clock
        self._local: OrderedDict[tuple[str, str], tuple[int, float, float]] = OrderedDict()

    def delay_s(self, failures: int) -> float:
        """The wait after the `failures`-th failure (0 while failures are free)."""
        if failures < self.free_failures:
            return 0.0
        return min(self.max_delay_s, BASE_DELAY_S * 2 ** min(failures - self.free_failures, 64))

    async def attempt(self, identifier: str, address: str) -> float:
        """Seconds to wait before an attempt is allowed; 0 means allowed, and counted as failed."""
        key = _key(identifier)
        if self._script is not None:
            try:
                wait_ms = await self._script(
                    keys=[key],
                    args=[address, self.free_failures, BASE_DELAY_S * 1000, self.max_delay_s * 1000, IDLE_RESET_S * 1000],
                )
                return int(wait_ms) / 1000
            except RedisError as error:
                logger.warning("sign-in throttle: Redis unavailable, letting the attempt through (%s)", error)
                return 0.0
        return self._attempt_local(key, address)

    def _attempt_local(self, key: str, address: str) -> float:
        now = time.monotonic() * 1000
        failures, next_at, last = self._local.pop((key, address), (0, 0.0, now))
        if now - last > IDLE_RESET_S * 1000:
            failures, next_at = 0, 0.0
        if now < next_at:
            self._local[(key, address)] = (failures, next_at, last)
            return math.ceil(next_at - now) / 1000
        self._local[(key, address)] = (failures + 1, now + self.delay_s(failures) * 1000, now)
        if len(self._local) > MAX_LOCAL_KEYS:
            self._local.popitem(last=False)
        return 0.0

    async def succeeded(self, identifier: str, address: str) -> None:
        """The attempt was right: this address starts afresh for this identifier."""
        key = _key(identifier)
        if self._redis is not None:
            try:
                await self._redis.hdel(key, address)
            except RedisError as error:
                logger.warning("sign-in throttle: Redis unavailable, could not reset (%s)", error)
            return
        self._local.pop((key, address), None)

    async def forget(self, *identifiers: str) -> None:
        """Every address starts afresh for these identifiers (an admin's `unlockUser`)."""
        keys = [_key(identifier) for identifier in identifiers]
        if self._redis is not None:
            await self._redis.delete(*keys)
            return
        for entry in [entry for entry in self._local if entry[0] in keys]:
            del self._local[entry]
