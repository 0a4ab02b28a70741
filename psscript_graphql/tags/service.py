"""Tag rules: what a tag name may be, and replacing a script's tags (creating new tags on the fly).

Tag names are normalised (trimmed, lower-cased) and must then match `TAG_NAME_PATTERN`: 1–48
characters (the `tags.name` column), starting with a letter or digit, then letters, digits and
`. + # -` — enough for `powershell7`, `c#`, `active-directory`, `.net`-style names
(`dotnet`), `c++`. A script has at most `MAX_TAGS_PER_SCRIPT` tags.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from psscript_graphql.core.errors import DomainError
from psscript_graphql.db import models
from psscript_graphql.tags.errors import TagErrorCode as Code

TAG_NAME_MAX = 48
TAG_NAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9.+#-]{0,47}$")
MAX_TAGS_PER_SCRIPT = 10
TAG_RULE = (
    "Tags are 1–48 characters: lower-case letters, digits and . + # -, starting with a letter or digit "
    f"(input is trimmed and lower-cased); at most {MAX_TAGS_PER_SCRIPT} per script."
)


def normalise_tag_names(names: Sequence[str], field: Sequence[str]) -> list[str]:
    """Trimmed, lower-cased, duplicates dropped (first spelling wins), each checked; in input order."""
    cleaned: list[str] = []
    for index, raw in enumerate(names):
        name = raw.strip().lower()
        if not TAG_NAME_PATTERN.match(name):
            raise DomainError(Code.INVALID_TAG, f"Invalid tag {raw!r}. {TAG_RULE}", field=(*field, str(index)))
        if name not in cleaned:
            cleaned.append(name)
    if len(cleaned) > MAX_TAGS_PER_SCRIPT:
        raise DomainError(
            Code.TOO_MANY_TAGS, f"A script has at most {MAX_TAGS_PER_SCRIPT} tags, got {len(cleaned)}.", field=tuple(field)
        )
    return cleaned


async def tag_ids(session: AsyncSession, names: Sequence[str]) -> list[int]:
    """Ids of the tags named, creating missing ones; concurrent creators of one name both succeed."""
    if not names:
        return []
    await session.execute(insert(models.Tag).values([{"name": name} for name in names]).on_conflict_do_nothing(index_elements=["name"]))
    return list((await session.scalars(select(models.Tag.id).where(models.Tag.name.in_(names)))).all())


async def set_script_tags(session: AsyncSession, script_id: int, names: Sequence[str], *, field: Sequence[str]) -> list[str]:
    """Replace the script's tags with `names` (validated here, so every caller gets the same rules).

    Returns the normalised names. Tags no longer used by any script are kept: they are cheap,
    and deleting them would race with a concurrent writer attaching them.
    """
    cleaned = normalise_tag_names(names, field)
    ids = await tag_ids(session, cleaned)
    await session.execute(
        delete(models.ScriptTag).where(models.ScriptTag.script_id == script_id, models.ScriptTag.tag_id.not_in(ids or [0]))
    )
    if ids:
        await session.execute(
            insert(models.ScriptTag)
            .values([{"script_id": script_id, "tag_id": tag_id} for tag_id in ids])
            .on_conflict_do_nothing(index_elements=["script_id", "tag_id"])
        )
    return cleaned
