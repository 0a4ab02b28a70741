"""What stands before every password check (`login`, `register`, `changePassword`).

- one password operation per request: aliases and batches cannot multiply Argon2 work or
  guesses (a websocket connection, whose context lives as long as it does, gets one too);
- a token bucket per client address for all of them (`SIGNIN_RATE_PER_MINUTE`/`_BURST`):
  one address cannot spray guesses over many accounts, nor register accounts in bulk;
- growing delays per (account name, client address) for sign-ins and password changes
  (accounts/throttle.py): a guesser elsewhere cannot lock the owner out.

A throttled attempt answers exactly like a wrong password; only the address bucket says
`RATE_LIMITED`, which depends on the address alone and so tells nothing about accounts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from redis.asyncio import Redis

from psscript_graphql.accounts.errors import AccountErrorCode as Code
from psscript_graphql.accounts.throttle import SignInThrottle
from psscript_graphql.config import Settings
from psscript_graphql.core.errors import DomainError
from psscript_graphql.core.rate_limit import RateLimiter

if TYPE_CHECKING:
    from psscript_graphql.context import Context

ONE_PER_REQUEST = "A request may hold at most one login, register or changePassword; send it on its own."


class CredentialGuard:
    def __init__(self, settings: Settings, redis: Redis | None = None) -> None:
        self.addresses = RateLimiter(settings.signin_rate_per_minute, settings.signin_rate_burst, redis)
        self.throttle = SignInThrottle(
            redis, free_failures=settings.signin_free_failures, max_delay_s=settings.signin_max_delay_s
        )


def client_address(context: Context) -> str:
    request = context.request
    return request.client.host if request is not None and request.client else "-"


async def admit(context: Context, *, identifier: str | None = None, throttled: DomainError | None = None) -> DomainError | None:
    """None when the password work may go ahead; else the error to answer with.

    With `identifier`, the attempt counts in the (identifier, address) throttle and must be
    reported as `succeeded` when right; while throttled, `throttled` is the answer.
    """
    if context.password_work_claimed:
        return DomainError(Code.TOO_MANY_PASSWORD_OPERATIONS, ONE_PER_REQUEST)
    context.password_work_claimed = True  # before any await: batch items run concurrently
    guard, address = context.credential_guard, client_address(context)
    decision = await guard.addresses.hit(f"signin:ip:{address}")
    if not decision.allowed:
        return DomainError(
            Code.RATE_LIMITED, f"Too many sign-in attempts from your address; retry in {decision.retry_after_s} s."
        )
    if identifier is not None and await guard.throttle.attempt(identifier, address) > 0:
        return throttled
    return None


async def succeeded(context: Context, identifier: str) -> None:
    await context.credential_guard.throttle.succeeded(identifier, client_address(context))
