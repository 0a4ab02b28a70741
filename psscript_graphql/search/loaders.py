"""SimilarScriptsLoader: the nearest visible scripts of many scripts in one statement.

A LATERAL subquery per source script orders by `embedding <=> source.embedding` with a LIMIT, so
each source is answered by the HNSW index; a list page asking `similar` on every script costs
one statement (plus the scan settings), not one per script. Only embeddings of the source's own
model and dimension are compared.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select, true
from sqlalchemy.orm import aliased

from psscript_graphql.core.loaders import SharedLoader
from psscript_graphql.core.permissions import Viewer
from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from psscript_graphql.scripts.visibility import visible_scripts
from psscript_graphql.search.statements import session_settings

Key = tuple[int, int]  # (script id, how many)
Similar = tuple[float, models.Script]  # (cosine similarity, script)


class SimilarScriptsLoader(SharedLoader[Key, list[Similar]]):
    """(script id, n) → up to n nearest other scripts the viewer may see, nearest first."""

    def __init__(self, db: Database, viewer: Viewer) -> None:
        super().__init__()
        self._db, self._viewer = db, viewer

    async def batch_load_fn(self, keys: list[Key]) -> list[list[Similar]]:
        by_size: dict[int, list[int]] = defaultdict(list)
        for script_id, size in keys:
            by_size[size].append(script_id)
        found: dict[Key, list[Similar]] = defaultdict(list)
        async with self._db.snapshot() as session:
            await session.execute(session_settings())
            for size, script_ids in sorted(by_size.items()):
                for source_id, distance, script in await session.execute(self._statement(script_ids, size)):
                    found[(source_id, size)].append((1.0 - distance, script))
        return [found.get(key, []) for key in keys]

    def _statement(self, script_ids: list[int], size: int):  # noqa: ANN202 — a SQLAlchemy Select
        source = aliased(models.ScriptEmbedding, name="source")
        other = aliased(models.ScriptEmbedding, name="other")
        candidate = aliased(models.Script, name="candidate")
        distance = other.embedding.cosine_distance(source.embedding)
        nearest = (
            select(other.script_id.label("script_id"), distance.label("distance"))
            .join(candidate, candidate.id == other.script_id)
            .where(
                other.script_id != source.script_id,
                other.model == source.model,
                other.dimensions == source.dimensions,
                visible_scripts(self._viewer, script=candidate),
            )
            .order_by(distance)
            .limit(size)
            .lateral("nearest")
        )
        return (
            select(source.script_id, nearest.c.distance, models.Script)
            .select_from(source)
            .join(nearest, true())
            .join(models.Script, models.Script.id == nearest.c.script_id)
            .where(source.script_id.in_(script_ids))
            .order_by(source.script_id, nearest.c.distance, nearest.c.script_id)
        )
