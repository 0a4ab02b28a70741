"""Bench-only: give every seeded script an analysis and an embedding if the seeder did not.

The demo seeder on this branch writes no analyses or embeddings (another branch adds them to
it); until it does, this step fills them in deterministically, and it does nothing for
scripts that already have them. Analyses are the real analyzer's output for each script's
sample (scripts built from one sample differ only in placeholder values), stored with the
script's own content hash so none reads as stale; embeddings are the real feature-hashing
provider's vectors of each script's own text, computed on every core. The HNSW index is
dropped during the load and rebuilt once, which is much faster than 50,000 index inserts.
"""

from __future__ import annotations

import logging
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import asyncpg
import orjson

from psscript_graphql.analyzer.analyze import analyze_script
from psscript_graphql.db import models
from psscript_graphql.search.embeddings.features import MODEL_NAME, embed_text
from psscript_graphql.search.embeddings.store import ScriptText, embedding_text

log = logging.getLogger("bench")
HNSW_INDEX = "ix_script_embeddings_embedding_hnsw"
JSON_COLUMNS = (
    "parameter_docs", "suggestions", "command_details", "ms_docs_references", "security_issues",
    "best_practice_violations", "performance_insights", "potential_risks", "code_complexity_metrics",
    "compatibility_notes", "execution_summary",
)
CHUNK = 2000


def _vector_literal(texts: list[str]) -> list[str]:
    return ["[" + ",".join(f"{x:.6g}" for x in embed_text(text)) + "]" for text in texts]


async def _add_analyses(conn: asyncpg.Connection) -> int:
    rows = await conn.fetch(
        "SELECT s.id, s.content, s.file_hash FROM scripts s "
        "WHERE NOT EXISTS (SELECT 1 FROM script_analysis a WHERE a.script_id = s.id) ORDER BY s.id"
    )
    by_sample: dict[str, dict[str, Any]] = {}
    records = []
    for row in rows:
        # The seeder appends "# Script N" and version notes; the sample's body is what precedes them.
        key = row["content"].split("\n# Script ", 1)[0]
        if key not in by_sample:
            by_sample[key] = analyze_script(row["content"]).to_columns()
        columns = by_sample[key]
        records.append(
            (
                row["id"], row["file_hash"], columns["purpose"], columns["security_score"], columns["quality_score"],
                columns["risk_score"], *(orjson.dumps(columns[name]).decode() for name in JSON_COLUMNS),
                columns["analysis_version"],
            )
        )
    names = ("script_id", "content_hash", "purpose", "security_score", "quality_score", "risk_score", *JSON_COLUMNS,
             "analysis_version")
    placeholders = ", ".join(f"${i}" + ("::jsonb" if name in JSON_COLUMNS else "") for i, name in enumerate(names, 1))
    await conn.executemany(f"INSERT INTO script_analysis ({', '.join(names)}) VALUES ({placeholders})", records)
    log.info("analyses: %d scripts, %d distinct samples analysed", len(records), len(by_sample))
    return len(records)


async def _add_embeddings(conn: asyncpg.Connection) -> int:
    rows = await conn.fetch(
        "SELECT s.id, s.title, s.description, s.content, s.file_hash FROM scripts s "
        "WHERE NOT EXISTS (SELECT 1 FROM script_embeddings e WHERE e.script_id = s.id) ORDER BY s.id"
    )
    if not rows:
        return 0
    texts = [embedding_text(ScriptText(r["id"], r["title"], r["description"], r["content"], r["file_hash"])) for r in rows]
    chunks = [texts[i : i + CHUNK] for i in range(0, len(texts), CHUNK)]
    with ProcessPoolExecutor() as pool:
        vectors = [v for chunk in pool.map(_vector_literal, chunks) for v in chunk]
    await conn.execute(f"DROP INDEX IF EXISTS {HNSW_INDEX}")
    await conn.executemany(
        "INSERT INTO script_embeddings (script_id, embedding, model, dimensions, content_hash) "
        "VALUES ($1, $2::vector, $3, $4, $5)",
        [(r["id"], v, MODEL_NAME, models.EMBEDDING_DIMENSIONS, r["file_hash"]) for r, v in zip(rows, vectors, strict=True)],
    )
    await conn.execute("SET maintenance_work_mem = '256MB'")
    await conn.execute(
        f"CREATE INDEX {HNSW_INDEX} ON script_embeddings USING hnsw (embedding vector_cosine_ops) "
        "WITH (m = 16, ef_construction = 64)"
    )
    log.info("embeddings: %d scripts", len(rows))
    return len(rows)


async def add_missing_analyses_and_embeddings(db: Any) -> dict[str, int]:
    conn = await asyncpg.connect(**db.asyncpg_kwargs())
    try:
        async with conn.transaction():
            analyses = await _add_analyses(conn)
            embeddings = await _add_embeddings(conn)
    finally:
        await conn.close()
    return {"script_analysis": analyses, "script_embeddings": embeddings}
