"""What every mutation shares: a payload with typed errors, one transaction per mutation, and
loaders that read afresh after a write."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from psscript_graphql.context import Context, Loaders
from psscript_graphql.core.errors import DomainError, UserError
from psscript_graphql.db.session import Database

T = TypeVar("T")


@strawberry.type(description="Every mutation payload: `errors` is empty when the mutation succeeded.")
class Payload:
    errors: list[UserError] = strawberry.field(
        default_factory=list, description="Expected failures (validation, not found, conflict…); empty on success."
    )

    @classmethod
    def failed(cls, error: DomainError):  # type: ignore[no-untyped-def]
        return cls(errors=[UserError.from_domain(error)])


async def in_transaction(db: Database, work: Callable[[AsyncSession], Awaitable[T]]) -> T | DomainError:
    """Run `work` in one transaction: committed when it returns, rolled back when it raises.

    A `DomainError` is returned (after the rollback) for the payload; anything else propagates.
    """
    try:
        async with db.transaction() as session:
            return await work(session)
    except DomainError as error:
        return error


def forget_loaded(context: Context) -> Loaders:
    """Fresh DataLoaders for the rest of the operation, after a mutation committed.

    A write can change any count or list that an earlier field of this operation cached (a new
    version changes `versionCount`, `versions`, `latestVersion`, the author's scripts…). Loaders
    are cheap to build, and starting afresh cannot miss one a future field adds; the mutation
    then primes the rows it already holds. Mutation fields run one after another, so no resolver
    is still using the old loaders.
    """
    context.refresh_loaders()
    return context.loaders
