"""Analytics: counts and rankings over the scripts you may see."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from psscript_graphql.analytics import service
from psscript_graphql.cache import rows as row_codec
from psscript_graphql.cache.base import ANALYTICS_TTL_S
from psscript_graphql.context import Info
from psscript_graphql.core.errors import bad_input
from psscript_graphql.db import models

if TYPE_CHECKING:
    from psscript_graphql.categories.types import Category
    from psscript_graphql.scripts.types import Script

CategoryType = Annotated["Category", strawberry.lazy("psscript_graphql.categories.types")]
ScriptType = Annotated["Script", strawberry.lazy("psscript_graphql.scripts.types")]

T = TypeVar("T")
MAX_DAYS = 366
MAX_RANKING = 100


@strawberry.type(description="How many of the scripts you may see are in a category.")
class CategoryCount:
    category: CategoryType | None = strawberry.field(description="The category; null for uncategorised scripts.")
    count: int = strawberry.field(description="Number of scripts.")


@strawberry.type(description="Analysed scripts whose security score is in [low, high].")
class ScoreBucket:
    low: int = strawberry.field(description="Lowest score in the bucket.")
    high: int = strawberry.field(description="Highest score in the bucket.")
    count: int = strawberry.field(description="Number of scripts.")


@strawberry.type(description="Scripts created on one UTC day.")
class DayCount:
    day: date = strawberry.field(description="The day (UTC).")
    count: int = strawberry.field(description="Number of scripts created.")


@strawberry.type(description="A script and how often it was starred.")
class ScriptCount:
    script: ScriptType = strawberry.field(description="The script.")
    count: int = strawberry.field(description="Number of favorites.")


async def _cached(info: Info, name: str, args: Any, compute: Callable[[AsyncSession], Awaitable[T]],
                  encode: Callable[[T], Any], decode: Callable[[Any], T]) -> T:
    """Run `compute` in a read session, through the request cache when there is one (1 h TTL;
    every mutation invalidates it). Keyed by the viewer's visibility scope and the arguments."""

    async def run() -> T:
        async with info.context.db.read() as session:
            return await compute(session)

    cache = info.context.cache
    if cache is None:
        return await run()
    return await cache.value(
        f"analytics:{name}", scope=info.context.viewer.scope, args=args, ttl_s=ANALYTICS_TTL_S,
        compute=run, encode=encode, decode=decode,
    )


def _pairs(model: type) -> tuple[Callable[[Any], Any], Callable[[Any], Any]]:
    """Codec for [(row or None, count)]."""
    return (
        lambda rows: [[row_codec.row_to_dict(row) if row is not None else None, n] for row, n in rows],
        lambda data: [(row_codec.row_from_dict(model, row) if row is not None else None, n) for row, n in data],
    )


def _limit(first: int) -> int:
    if not 1 <= first <= MAX_RANKING:
        raise bad_input(f"`first` must be between 1 and {MAX_RANKING}, got {first}.", argument="first")
    return first


@strawberry.type(description="Aggregates over the scripts you may see (private ones count only for their owner and admins).")
class Analytics:
    @strawberry.field(description="Scripts per category, largest first.")
    async def scripts_per_category(self, info: Info) -> list[CategoryCount]:
        from psscript_graphql.categories.types import Category

        viewer = info.context.viewer
        rows = await _cached(
            info, "per_category", None, lambda session: service.scripts_per_category(session, viewer), *_pairs(models.Category)
        )
        return [CategoryCount(category=Category.from_row(c) if c else None, count=n) for c, n in rows]

    @strawberry.field(description="Security scores of analysed scripts in buckets of `bucketSize` (1–50) points.")
    async def security_score_distribution(self, info: Info, bucket_size: int = 10) -> list[ScoreBucket]:
        if not 1 <= bucket_size <= 50:
            raise bad_input(f"`bucketSize` must be between 1 and 50, got {bucket_size}.", argument="bucketSize")
        viewer = info.context.viewer
        rows = await _cached(
            info, "score_distribution", bucket_size,
            lambda session: service.security_score_distribution(session, viewer, bucket_size),
            lambda found: [list(row) for row in found], lambda data: [tuple(row) for row in data],
        )
        return [ScoreBucket(low=low, high=high, count=n) for low, high, n in rows]

    @strawberry.field(description=f"Scripts created per UTC day from `from` to `to` inclusive (at most {MAX_DAYS} days).")
    async def scripts_created_per_day(
        self, info: Info, from_: Annotated[date, strawberry.argument(name="from")], to: date
    ) -> list[DayCount]:
        if to < from_ or to - from_ >= timedelta(days=MAX_DAYS):
            raise bad_input(f"`from` must not be after `to`, and the range at most {MAX_DAYS} days.", argument="from")
        viewer = info.context.viewer
        rows = await _cached(
            info, "per_day", [from_, to], lambda session: service.scripts_created_per_day(session, viewer, from_, to),
            lambda found: [[day.isoformat(), n] for day, n in found], lambda data: [(date.fromisoformat(d), n) for d, n in data],
        )
        return [DayCount(day=day, count=n) for day, n in rows]

    @strawberry.field(description="The most starred scripts (1–100).")
    async def most_favorited(self, info: Info, first: int = 10) -> list[ScriptCount]:
        from psscript_graphql.scripts.types import Script

        viewer, limit = info.context.viewer, _limit(first)
        rows = await _cached(
            info, "most_favorited", limit, lambda session: service.most_favorited(session, viewer, limit), *_pairs(models.Script)
        )
        return [ScriptCount(script=Script.from_row(s), count=n) for s, n in rows]

    @strawberry.field(description="The most executed scripts (1–100).")
    async def most_executed(self, info: Info, first: int = 10) -> list[ScriptType]:
        from psscript_graphql.scripts.types import Script

        viewer, limit = info.context.viewer, _limit(first)
        rows = await _cached(
            info, "most_executed", limit, lambda session: service.most_executed(session, viewer, limit),
            lambda found: [row_codec.row_to_dict(row) for row in found],
            lambda data: [row_codec.row_from_dict(models.Script, row) for row in data],
        )
        return [Script.from_row(s) for s in rows]
