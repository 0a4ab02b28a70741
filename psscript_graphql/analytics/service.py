"""Aggregates over the scripts a viewer may see. No Strawberry here: the CLI and bench reuse it."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import Date, cast, func, literal, select
from sqlalchemy.ext.asyncio import AsyncSession

from psscript_graphql.core.permissions import Viewer
from psscript_graphql.db import models
from psscript_graphql.scripts.visibility import visible_scripts

Script, Analysis, Favorite, Category = models.Script, models.ScriptAnalysis, models.Favorite, models.Category


async def scripts_per_category(session: AsyncSession, viewer: Viewer) -> list[tuple[models.Category | None, int]]:
    """(category or None for uncategorised, count), largest first."""
    counts = (
        select(Script.category_id, func.count().label("n"))
        .where(visible_scripts(viewer))
        .group_by(Script.category_id)
        .subquery()
    )
    rows = await session.execute(
        select(Category, counts.c.n)
        .select_from(counts)
        .outerjoin(Category, Category.id == counts.c.category_id)
        .order_by(counts.c.n.desc(), Category.name)
    )
    return [(category, n) for category, n in rows]


async def security_score_distribution(session: AsyncSession, viewer: Viewer, bucket_size: int) -> list[tuple[int, int, int]]:
    """(low, high, count) for buckets covering 0–100, empty ones included; 100 joins the last bucket."""
    bucket = (func.least(Analysis.security_score, 99) / bucket_size).label("bucket")
    rows = await session.execute(
        select(bucket, func.count())
        .join(Script, Script.id == Analysis.script_id)
        .where(visible_scripts(viewer))
        .group_by(bucket)
    )
    counts = {index: n for index, n in rows}
    lows = list(range(0, 100, bucket_size))
    return [
        (low, 100 if low == lows[-1] else low + bucket_size - 1, counts.get(low // bucket_size, 0)) for low in lows
    ]


async def scripts_created_per_day(session: AsyncSession, viewer: Viewer, start: date, end: date) -> list[tuple[date, int]]:
    """(day, count) for every day from start to end inclusive (UTC days), zero days included."""
    day = cast(func.timezone("UTC", Script.created_at), Date)
    rows = await session.execute(
        select(day.label("day"), func.count())
        .where(visible_scripts(viewer), day >= start, day <= end)
        .group_by("day")
    )
    counts = {d: n for d, n in rows}
    return [(start + timedelta(days=i), counts.get(start + timedelta(days=i), 0)) for i in range((end - start).days + 1)]


async def most_favorited(session: AsyncSession, viewer: Viewer, limit: int) -> list[tuple[models.Script, int]]:
    n = func.count().label("n")
    rows = await session.execute(
        select(Script, n)
        .join(Favorite, Favorite.script_id == Script.id)
        .where(visible_scripts(viewer))
        .group_by(Script.id)
        .order_by(n.desc(), Script.id)
        .limit(limit)
    )
    return [(script, count) for script, count in rows]


async def most_executed(session: AsyncSession, viewer: Viewer, limit: int) -> list[models.Script]:
    rows = await session.scalars(
        select(Script)
        .where(visible_scripts(viewer), Script.execution_count > literal(0))
        .order_by(Script.execution_count.desc(), Script.id)
        .limit(limit)
    )
    return list(rows)

