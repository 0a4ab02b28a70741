"""(3) Search: `searchScripts(query, mode: HYBRID)` — the first page (10 results: score, snippet,
matchedBy, script title and author) of a handful of realistic queries, anonymous viewer.

The floor runs the same ranking as hand-written SQL: one statement for the scan settings, one
for the page — text (`search_vector @@ websearch_to_tsquery`, `ts_rank`), fuzzy (`<%` on titles
and `%` on tag names, mean of each word's best similarity) and semantic (HNSW `<=>`), each cut
to its top 100, fused by reciprocal rank (k = 60), `ts_headline` for the page's text matches.
What is not SQL is shared with the server, as the list page's floor shares the cursor codec:
parsing the query (`parse_query`), embedding it (the configured provider) and turning
headlines/titles into HTML snippets (`search/snippets.py`). The queries have no aliases and no
`-exclusions`, so the floor's SQL needs neither (it refuses queries that have them).
"""

from __future__ import annotations

from typing import Any

import asyncpg

from bench.workloads.base import Workload, global_id, user
from psscript_graphql.config import Settings
from psscript_graphql.core.relay import Ordering, encode_cursor
from psscript_graphql.search import snippets
from psscript_graphql.search.embeddings.factory import provider_for
from psscript_graphql.search.embeddings.provider import EmbeddingProvider, embed_one
from psscript_graphql.search.query_text import SearchText, parse_query
from psscript_graphql.search.statements import (
    HEADLINE_CHARS,
    HEADLINE_OPTIONS,
    HNSW_EF_SEARCH,
    HYBRID_DEPTH,
    MARK_END,
    MARK_START,
    RRF_K,
    SIMILARITY_THRESHOLD,
    WORD_SIMILARITY_THRESHOLD,
)

PAGE_SIZE = 10
# What people type: commands, typos, topics (rotated by wrk in this order).
QUERIES = (
    "backup logs", "Get-ChildItem -Recurse", "disk space report", "restart service",
    "bakup", "active directory users", "event log errors", "scheduled task",
)

QUERY = """
query Search($query: String!, $mode: SearchMode!, $first: Int!) {
  searchScripts(query: $query, mode: $mode, first: $first) {
    pageInfo { hasNextPage endCursor }
    edges {
      cursor score snippet matchedBy
      node { id title author { id username } }
    }
  }
}
"""

SETTINGS_SQL = f"""
SELECT set_config('pg_trgm.word_similarity_threshold', '{WORD_SIMILARITY_THRESHOLD}', true),
       set_config('pg_trgm.similarity_threshold', '{SIMILARITY_THRESHOLD}', true),
       set_config('hnsw.ef_search', '{HNSW_EF_SEARCH}', true),
       set_config('hnsw.iterative_scan', 'strict_order', true)
"""

# $1 websearch text, $2 fuzzy words, $3 their number, $4 query vector, $5 model, $6 dimensions,
# $7 page size + 1, $8 headline options, $9 the two marker characters.
HYBRID_SQL = f"""
WITH q AS (SELECT websearch_to_tsquery('english'::regconfig, $1) AS tsq),
text_top AS (
    SELECT s.id, ts_rank(s.search_vector, q.tsq, 1)::float8 AS score
    FROM scripts s, q
    WHERE s.search_vector @@ q.tsq AND s.deleted_at IS NULL AND s.is_public
    ORDER BY score DESC, s.id DESC LIMIT {HYBRID_DEPTH}
),
words AS (SELECT w.word, w.i FROM unnest($2::text[]) WITH ORDINALITY AS w(word, i)),
fuzzy_hits AS (
    SELECT s.id, w.i AS word, word_similarity(w.word, s.title) AS sim
    FROM words w JOIN scripts s ON w.word <% s.title
    UNION ALL
    SELECT st.script_id, w.i, similarity(t.name, w.word)
    FROM words w JOIN tags t ON t.name % w.word JOIN script_tags st ON st.tag_id = t.id
),
fuzzy_scores AS (
    SELECT b.id, (sum(b.best::numeric) / $3::int)::float8 AS score
    FROM (SELECT id, word, max(sim) AS best FROM fuzzy_hits GROUP BY id, word) b
    GROUP BY b.id
),
fuzzy_top AS (
    SELECT f.id, f.score FROM fuzzy_scores f JOIN scripts s ON s.id = f.id
    WHERE s.deleted_at IS NULL AND s.is_public
    ORDER BY f.score DESC, f.id DESC LIMIT {HYBRID_DEPTH}
),
semantic_top AS (
    SELECT e.script_id AS id, e.embedding <=> $4::vector AS distance
    FROM script_embeddings e JOIN scripts s ON s.id = e.script_id
    WHERE e.model = $5 AND e.dimensions = $6 AND s.deleted_at IS NULL AND s.is_public
    ORDER BY e.embedding <=> $4::vector, e.script_id LIMIT {HYBRID_DEPTH}
),
ranked AS (
    SELECT id, row_number() OVER (ORDER BY score DESC, id DESC) AS rank, 'text' AS source FROM text_top
    UNION ALL
    SELECT id, row_number() OVER (ORDER BY score DESC, id DESC), 'fuzzy' FROM fuzzy_top
    UNION ALL
    SELECT id, row_number() OVER (ORDER BY distance, id), 'semantic' FROM semantic_top
),
fused AS (
    SELECT id, sum(1::numeric / ({RRF_K} + rank))::float8 AS score,
           bool_or(source = 'text') AS in_text, bool_or(source = 'fuzzy') AS in_fuzzy,
           bool_or(source = 'semantic') AS in_semantic
    FROM ranked GROUP BY id
    ORDER BY score DESC, id DESC LIMIT $7
)
SELECT f.id, f.score, f.in_text, f.in_fuzzy, f.in_semantic, s.title, s.description, s.content, s.tag_names,
       s.author_id, u.username,
       CASE WHEN f.in_text THEN ts_headline(
           'english'::regconfig,
           translate(concat_ws(E'\\n', s.description, left(s.content, {HEADLINE_CHARS})), $9, ''),
           (SELECT tsq FROM q), $8)
       END AS headline
FROM fused f JOIN scripts s ON s.id = f.id JOIN users u ON u.id = s.author_id
ORDER BY f.score DESC, f.id DESC
"""

_provider: list[EmbeddingProvider] = []


def _embedding_provider() -> EmbeddingProvider:
    # The floor process's provider, configured from the same environment as the server's.
    if not _provider:
        _provider.append(provider_for(Settings.from_env()))
    return _provider[0]


def _snippet(text: SearchText, row: asyncpg.Record) -> str:
    if row["headline"] is not None:
        return snippets.from_headline(row["headline"])
    if row["in_fuzzy"]:
        return snippets.fuzzy_snippet(row["title"], row["tag_names"], text.fuzzy_words)
    return snippets.semantic_snippet(row["description"], row["content"], text.fuzzy_words)


def _matched_by(row: asyncpg.Record) -> list[str]:
    return [name for name, flag in (("TEXT", "in_text"), ("FUZZY", "in_fuzzy"), ("SEMANTIC", "in_semantic")) if row[flag]]


async def floor(conn: asyncpg.Connection, variables: dict[str, Any]) -> dict[str, Any]:
    if variables.get("mode", "HYBRID") != "HYBRID":
        raise ValueError("the search floor implements HYBRID only")
    text = parse_query(variables["query"])
    if text.aliases or text.excluded:
        raise ValueError("the search floor's SQL has no alias expansion or exclusions")
    first = variables["first"]
    embedding = await embed_one(_embedding_provider(), text.positive)
    vector = "[" + ",".join(repr(x) for x in embedding.vector) + "]"
    ordering = Ordering(f"search:hybrid:{text.digest}", (None, None), descending=True)  # type: ignore[arg-type]
    async with conn.transaction():  # set_config(..., true) lasts for the transaction
        await conn.fetchrow(SETTINGS_SQL)
        rows = await conn.fetch(
            HYBRID_SQL, text.websearch, text.fuzzy_words, len(text.fuzzy_words), vector,
            embedding.model, embedding.dimensions, first + 1, HEADLINE_OPTIONS, MARK_START + MARK_END,
        )
    page = rows[:first]
    edges = [
        {
            "cursor": encode_cursor(ordering, (row["score"], row["id"])),
            "score": row["score"],
            "snippet": _snippet(text, row),
            "matchedBy": _matched_by(row),
            "node": {"id": global_id("Script", row["id"]), "title": row["title"], "author": user(row["author_id"], row["username"])},
        }
        for row in page
    ]
    return {
        "data": {
            "searchScripts": {
                "pageInfo": {"hasNextPage": len(rows) > first, "endCursor": edges[-1]["cursor"] if edges else None},
                "edges": edges,
            }
        }
    }


async def variables(conn: asyncpg.Connection) -> list[dict[str, Any]]:
    return [{"query": query, "mode": "HYBRID", "first": PAGE_SIZE} for query in QUERIES]


WORKLOAD = Workload(
    name="search",
    title="searchScripts HYBRID, first 10 (score, snippet, matchedBy, title, author), 8 queries",
    query=QUERY,
    variables=variables,
    floor=floor,
)
