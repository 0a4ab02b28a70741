"""Script rules: create (with deduplication), update (with versions and optimistic concurrency),
revert, soft delete, restore, purge, and tags.

Functions take the caller's session, flush but never commit: the mutation owns the
transaction, so everything one call writes commits together or not at all. Field paths in
errors name the GraphQL input field (`["title"]`); mutations taking an `input` object prefix it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any, Literal

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.attributes import set_committed_value

from psscript_graphql.core.errors import DomainError
from psscript_graphql.core.locks import advisory_xact_lock
from psscript_graphql.core.permissions import Viewer
from psscript_graphql.db import models
from psscript_graphql.scripts import limits
from psscript_graphql.scripts.access import Lock, find_editable, find_own_including_deleted, not_found
from psscript_graphql.scripts.encodings import UTF_8
from psscript_graphql.scripts.errors import ScriptErrorCode as Code
from psscript_graphql.tags import service as tag_service

INITIAL_COMMIT_MESSAGE = "Initial version"


class Keep(Enum):
    """'Leave this field as it is' in an update (None means 'clear it' where a field may be empty)."""

    KEEP = "keep"


KEEP: Literal[Keep.KEEP] = Keep.KEEP


@dataclass(frozen=True)
class NewScript:
    title: str
    content: str
    description: str | None = None
    category_id: int | None = None
    tags: Sequence[str] = ()
    is_public: bool = False
    commit_message: str | None = None
    source_encoding: str = UTF_8  # how the content arrived (scripts/encodings.py)


@dataclass(frozen=True)
class Created:
    script: models.Script
    # True when the content duplicated one of the author's scripts: `script` is that one, and
    # nothing was written.
    duplicate: bool = False


@dataclass(frozen=True)
class ScriptChanges:
    title: str | Keep = KEEP
    description: str | None | Keep = KEEP
    content: str | Keep = KEEP
    category_id: int | None | Keep = KEEP
    is_public: bool | Keep = KEEP
    tags: Sequence[str] | Keep = KEEP
    commit_message: str | None = None
    expected_version: int | None = None
    source_encoding: str = UTF_8  # of `content`, when it is given


async def _check_category(session: AsyncSession, category_id: int, field: Sequence[str]) -> None:
    # FOR KEY SHARE: a concurrent deleteCategory waits for this transaction instead of racing it.
    found = await session.scalar(
        select(models.Category.id).where(models.Category.id == category_id).with_for_update(key_share=True, read=True)
    )
    if found is None:
        raise DomainError(Code.NOT_FOUND, "No category with this ID exists.", field=field)


async def _add_version(
    session: AsyncSession, script: models.Script, *, author_id: int | None, commit_message: str | None
) -> models.ScriptVersion:
    version = models.ScriptVersion(
        script_id=script.id,
        version=script.version,
        title=script.title,
        content=script.content,
        file_hash=script.file_hash,
        source_encoding=script.source_encoding,
        commit_message=commit_message,
        author_id=author_id,
    )
    session.add(version)
    await session.flush()
    return version


def _check_expected_version(script: models.Script, expected: int | None, field: Sequence[str]) -> None:
    if expected is not None and expected != script.version:
        raise DomainError(
            Code.CONFLICT,
            f"The script is at version {script.version}, not {expected}: someone saved a change since you loaded it. "
            "Reload it and apply your change again.",
            field=field,
        )


async def create_script(session: AsyncSession, *, author: Viewer, data: NewScript) -> Created:
    """A new script at version 1 with its tags, or the author's live script with the same content."""
    title = limits.clean_title(data.title, ("title",))
    description = limits.clean_description(data.description, ("description",))
    limits.check_content(data.content, ("content",))
    commit_message = limits.clean_commit_message(data.commit_message, ("commitMessage",)) or INITIAL_COMMIT_MESSAGE
    tags = tag_service.normalise_tag_names(data.tags, ("tags",))
    assert author.id is not None
    file_hash = limits.content_hash(data.content)

    # Two concurrent creates of the same content by one author must not both insert: the
    # second waits here and then finds the first one's script.
    await advisory_xact_lock(session, "script-dedup", author.id, file_hash)
    existing = await session.scalar(
        select(models.Script)
        .where(models.Script.author_id == author.id, models.Script.file_hash == file_hash, models.Script.deleted_at.is_(None))
        .order_by(models.Script.id)
        .limit(1)
    )
    if existing is not None:
        return Created(script=existing, duplicate=True)
    if data.category_id is not None:
        await _check_category(session, data.category_id, ("categoryId",))

    script = models.Script(
        title=title,
        description=description,
        content=data.content,
        author_id=author.id,
        category_id=data.category_id,
        version=1,
        is_public=data.is_public,
        file_hash=file_hash,
        source_encoding=data.source_encoding,
    )
    session.add(script)
    await session.flush()
    await _add_version(session, script, author_id=author.id, commit_message=commit_message)
    await tag_service.set_script_tags(session, script.id, tags, field=("tags",))
    return Created(script=script)


async def update_script(session: AsyncSession, *, viewer: Viewer, script_id: int, changes: ScriptChanges) -> models.Script:
    """Apply the given changes; a changed content makes the next version.

    `expected_version`, when given, must equal the current version (checked under the row lock,
    so of two concurrent updates from the same version exactly one succeeds).
    """
    title = changes.title if changes.title is KEEP else limits.clean_title(changes.title, ("title",))
    description = (
        changes.description
        if changes.description is KEEP
        else limits.clean_description(changes.description, ("description",))
    )
    if changes.content is not KEEP:
        limits.check_content(changes.content, ("content",))
    commit_message = limits.clean_commit_message(changes.commit_message, ("commitMessage",))
    tags = (
        changes.tags
        if changes.tags is KEEP
        else tag_service.normalise_tag_names(changes.tags, ("tags",))
    )

    script = await find_editable(session, viewer, script_id, field=("id",))
    _check_expected_version(script, changes.expected_version, ("expectedVersion",))
    if changes.category_id is not KEEP and changes.category_id is not None and changes.category_id != script.category_id:
        await _check_category(session, changes.category_id, ("categoryId",))

    fields: dict[str, Any] = {
        "title": title, "description": description, "category_id": changes.category_id, "is_public": changes.is_public
    }
    changed = {name: value for name, value in fields.items() if value is not KEEP and value != getattr(script, name)}
    new_content = changes.content is not KEEP and limits.content_hash(changes.content) != script.file_hash
    if new_content:
        assert changes.content is not KEEP
        changed |= {
            "content": changes.content,
            "file_hash": limits.content_hash(changes.content),
            "source_encoding": changes.source_encoding,
            "version": script.version + 1,
        }
    if changed:
        await _write_script_row(session, script, changed)
    if new_content:
        await _add_version(session, script, author_id=viewer.id, commit_message=commit_message)
    if tags is not KEEP:
        await tag_service.set_script_tags(session, script.id, tags, field=("tags",))
    return script


async def _write_script_row(session: AsyncSession, script: models.Script, changed: dict[str, Any]) -> None:
    """UPDATE the changed columns and read `updated_at` (the trigger's) back in the same statement;
    the loaded row then holds what was committed, with no refresh SELECT and no flush to do."""
    table = models.Script.__table__
    stmt = update(table).where(table.c.id == script.id).values(changed).returning(table.c.updated_at)
    changed["updated_at"] = await session.scalar(stmt)
    for name, value in changed.items():
        set_committed_value(script, name, value)


async def revert_script(
    session: AsyncSession,
    *,
    viewer: Viewer,
    script_id: int,
    to_version: int,
    expected_version: int | None = None,
    commit_message: str | None = None,
) -> models.Script:
    """A new version whose content is that of `to_version` (history is never rewritten)."""
    message = limits.clean_commit_message(commit_message, ("commitMessage",)) or f"Revert to version {to_version}"
    script = await find_editable(session, viewer, script_id, field=("id",))
    _check_expected_version(script, expected_version, ("expectedVersion",))
    if not 1 <= to_version < script.version:
        raise DomainError(
            Code.INVALID_VERSION,
            f"Revert to an earlier version: 1 to {script.version - 1}, got {to_version}."
            if script.version > 1
            else "The script has only one version: there is nothing to revert to.",
            field=("toVersion",),
        )
    old = await session.scalar(
        select(models.ScriptVersion).where(
            models.ScriptVersion.script_id == script.id, models.ScriptVersion.version == to_version
        )
    )
    if old is None:  # only scripts imported without their history lack a version row
        raise DomainError(Code.INVALID_VERSION, f"Version {to_version} was not recorded.", field=("toVersion",))
    script.content, script.file_hash, script.source_encoding = old.content, old.file_hash, old.source_encoding
    script.version += 1
    await session.flush()
    await _add_version(session, script, author_id=viewer.id, commit_message=message)
    await session.refresh(script)
    return script


async def delete_script(session: AsyncSession, *, viewer: Viewer, script_id: int) -> models.Script:
    """Soft delete: the script disappears for everyone but admins, and can be restored."""
    script = await find_editable(session, viewer, script_id, field=("id",))
    script.deleted_at = func.now()
    await session.flush()
    await session.refresh(script)
    return script


async def restore_script(session: AsyncSession, *, viewer: Viewer, script_id: int) -> models.Script:
    """Undo a soft delete (the owner or an admin); restoring a live script changes nothing."""
    script = await find_own_including_deleted(session, viewer, script_id, field=("id",))
    if script.deleted_at is not None:
        script.deleted_at = None
        await session.flush()
        await session.refresh(script)
    return script


async def purge_script(session: AsyncSession, *, script_id: int) -> int:
    """Admin: delete the script and everything attached to it for good (live or soft-deleted)."""
    purged = await session.scalar(delete(models.Script).where(models.Script.id == script_id).returning(models.Script.id))
    if purged is None:
        raise not_found(("id",))
    return purged


async def set_script_tags(session: AsyncSession, *, viewer: Viewer, script_id: int, tags: Sequence[str]) -> models.Script:
    """Replace the script's tags (validated first: nothing changes when one is invalid)."""
    names = tag_service.normalise_tag_names(tags, ("tags",))
    script = await find_editable(session, viewer, script_id, field=("id",), lock=Lock.WRITE)
    await tag_service.set_script_tags(session, script.id, names, field=("tags",))
    return script
