"""Writing script embeddings: what text is embedded, and the one upsert every writer uses.

The analysis job's embed stage, the background re-embedding and the seeder all go through
`store_embeddings`, so a row always records the model and dimension that produced it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from psscript_graphql.db import models
from psscript_graphql.search.embeddings.provider import EmbeddingProvider


@dataclass(frozen=True)
class ScriptText:
    script_id: int
    title: str
    description: str | None
    content: str
    content_hash: str


def embedding_text(script: ScriptText) -> str:
    """Title and description first: they say what the script is for in the author's words."""
    return "\n".join(part for part in (script.title, script.description or "", script.content) if part)


async def store_embeddings(session: AsyncSession, provider: EmbeddingProvider, scripts: Sequence[ScriptText]) -> None:
    """Embed `scripts` in one provider call and upsert one row per script (flush, no commit)."""
    if not scripts:
        return
    vectors = await provider.embed([embedding_text(script) for script in scripts])
    rows = [
        {
            "script_id": script.script_id,
            "embedding": vector,
            "model": provider.model,
            "dimensions": provider.dimensions,
            "content_hash": script.content_hash,
        }
        for script, vector in zip(scripts, vectors, strict=True)
    ]
    stmt = insert(models.ScriptEmbedding).values(rows)
    stmt = stmt.on_conflict_do_update(
        index_elements=[models.ScriptEmbedding.script_id],
        set_={column: stmt.excluded[column] for column in ("embedding", "model", "dimensions", "content_hash")},
    )
    await session.execute(stmt)
