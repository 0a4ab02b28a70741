"""Category rules (admins only, enforced by the mutations): unique names, case-insensitively.

Deleting a category keeps its scripts: the foreign key sets their category to null.
"""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from psscript_graphql.categories.errors import CategoryErrorCode as Code
from psscript_graphql.core.errors import DomainError
from psscript_graphql.db import models

NAME_MAX = 64
DESCRIPTION_MAX = 1_000

Category = models.Category


def clean_name(name: str) -> str:
    name = " ".join(name.split())  # trimmed, inner runs of whitespace collapsed
    if not 1 <= len(name) <= NAME_MAX:
        raise DomainError(Code.INVALID_NAME, f"A category name is 1–{NAME_MAX} characters (not only spaces).", field=("name",))
    return name


def clean_description(description: str | None) -> str | None:
    description = (description or "").strip()
    if len(description) > DESCRIPTION_MAX:
        raise DomainError(
            Code.DESCRIPTION_TOO_LONG, f"The description must be at most {DESCRIPTION_MAX:,} characters.", field=("description",)
        )
    return description or None


async def _check_name_free(session: AsyncSession, name: str, *, except_id: int | None = None) -> None:
    stmt = select(Category.id).where(func.lower(Category.name) == name.lower())
    if except_id is not None:
        stmt = stmt.where(Category.id != except_id)
    if await session.scalar(stmt) is not None:
        raise DomainError(Code.NAME_TAKEN, f"A category named {name!r} exists already.", field=("name",))


async def _flush_unique(session: AsyncSession, name: str) -> None:
    try:
        async with session.begin_nested():  # a concurrent writer may win the unique index
            await session.flush()
    except IntegrityError:
        raise DomainError(Code.NAME_TAKEN, f"A category named {name!r} exists already.", field=("name",)) from None


async def create_category(session: AsyncSession, *, name: str, description: str | None = None) -> models.Category:
    name, description = clean_name(name), clean_description(description)
    await _check_name_free(session, name)
    category = Category(name=name, description=description)
    session.add(category)
    await _flush_unique(session, name)
    return category


async def rename_category(session: AsyncSession, *, category_id: int, name: str) -> models.Category:
    name = clean_name(name)
    category = await session.get(Category, category_id, with_for_update=True)
    if category is None:
        raise DomainError(Code.NOT_FOUND, "No category with this ID exists.", field=("id",))
    if category.name != name:
        await _check_name_free(session, name, except_id=category.id)
        category.name = name
        await _flush_unique(session, name)
        await session.refresh(category)
    return category


async def delete_category(session: AsyncSession, *, category_id: int) -> int:
    deleted = await session.scalar(delete(Category).where(Category.id == category_id).returning(Category.id))
    if deleted is None:
        raise DomainError(Code.NOT_FOUND, "No category with this ID exists.", field=("id",))
    return deleted
