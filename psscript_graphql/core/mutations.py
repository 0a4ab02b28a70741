"""What every mutation shares: a payload with typed errors, and one transaction per mutation."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

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
