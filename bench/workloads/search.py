"""(3) Search: `searchScripts(query, mode: HYBRID)` — the first page (10 results: score, snippet,
matchedBy, script title and author) of a handful of realistic queries, anonymous viewer.

The floor runs the same ranking as hand-written SQL: one statement for the scan settings, one
for the page, mirroring `search/statements.py` and `search/fuzzy.py`:
- text: the first TEXT_TITLE_CANDIDATES visible title matches (`to_tsvector(title) @@ tsquery`)
  plus the first TEXT_CANDIDATES other `search_vector` matches, ranked by `ts_rank`;
- fuzzy: each query word corrected to its nearest FUZZY_CORRECTIONS vocabulary terms
  (`search_terms`, `%`, nearest by `<->`) and tag names; up to FUZZY_CANDIDATES scripts per
  correction (title GIN by the term's tsquery, script_tags by tag id, the analyses' GIN-indexed
  `command_names` by the term) plus as many whose title has a correction of every word;
  score = mean over words of the best correction's similarity (title word, tag or command);
- semantic: HNSW `<=>`, the nearest found cut at SEARCH_SIMILARITY_FLOOR (the same setting as
  the server's);
each cut to its top HYBRID_DEPTH, fused by reciprocal rank (k = RRF_K), `ts_headline` for the
page's text matches. The session settings are the server's (bitmap scans, no parallel workers,
custom plans), so the capped candidate scans — LIMIT without ORDER BY, table order — pick the
same rows as the server's.

What is not SQL is shared with the server, as the list page's floor shares the cursor codec:
parsing the query (`parse_query`), embedding it (the configured provider) and turning
headlines/titles into HTML snippets (`search/snippets.py`). The queries have no aliases and no
`-exclusions`, so the floor's SQL needs neither (it refuses queries that have them).
"""

from __future__ import annotations

import functools
from typing import Any

import asyncpg

from bench.workloads.base import Workload, global_id, user
from psscript_graphql.config import Settings
from psscript_graphql.core.relay import Ordering, encode_cursor
from psscript_graphql.db.models.scripts import TEXT_SEARCH_CONFIG
from psscript_graphql.search import snippets
from psscript_graphql.search.embeddings.factory import provider_for
from psscript_graphql.search.embeddings.provider import EmbeddingProvider, embed_one
from psscript_graphql.search.fuzzy import FUZZY_CANDIDATES, FUZZY_CORRECTIONS
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
    TEXT_CANDIDATES,
    TEXT_TITLE_CANDIDATES,
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

# The settings `session_settings(Mode.HYBRID)` makes: without the same plan shape, the capped
# candidate scans (LIMIT without ORDER BY) could return other rows than the server's.
SETTINGS_SQL = f"""
SELECT set_config('pg_trgm.similarity_threshold', '{SIMILARITY_THRESHOLD}', true),
       set_config('hnsw.ef_search', '{HNSW_EF_SEARCH}', true),
       set_config('hnsw.iterative_scan', 'strict_order', true),
       set_config('max_parallel_workers_per_gather', '0', true),
       set_config('enable_seqscan', 'off', true),
       set_config('plan_cache_mode', 'force_custom_plan', true)
"""

CONFIG = f"'{TEXT_SEARCH_CONFIG}'::regconfig"
TSQ = f"websearch_to_tsquery({CONFIG}, $1)"
VISIBLE = "s.deleted_at IS NULL AND s.is_public"  # the anonymous viewer's scripts

# $1 websearch text, $2 fuzzy words, $3 their number, $4 query vector, $5 model, $6 dimensions,
# $7 page size + 1, $8 headline options, $9 the two marker characters, $10 the farthest cosine
# distance that still matches (1 - SEARCH_SIMILARITY_FLOOR).
HYBRID_SQL = f"""
WITH text_title AS (
    SELECT s.id, ts_rank(s.search_vector, {TSQ}, 1)::float8 AS score
    FROM scripts s
    WHERE to_tsvector({CONFIG}, s.title) @@ {TSQ} AND {VISIBLE}
    LIMIT {TEXT_TITLE_CANDIDATES}
),
text_top AS (
    SELECT c.id, c.score FROM (
        SELECT id, score FROM text_title
        UNION ALL
        (SELECT s.id, ts_rank(s.search_vector, {TSQ}, 1)::float8
         FROM scripts s
         WHERE s.search_vector @@ {TSQ} AND s.id NOT IN (SELECT id FROM text_title) AND {VISIBLE}
         LIMIT {TEXT_CANDIDATES})
    ) c
    ORDER BY c.score DESC, c.id DESC LIMIT {HYBRID_DEPTH}
),
corrections AS (
    SELECT w.i AS word, n.sim, n.tag_id, n.term, to_tsquery({CONFIG}, '''' || n.term || '''') AS query
    FROM unnest($2::text[]) WITH ORDINALITY AS w(word, i)
    CROSS JOIN LATERAL (
        (SELECT similarity(t.term, w.word) AS sim, t.term::text AS term, NULL::bigint AS tag_id
         FROM search_terms t WHERE t.term % w.word
         ORDER BY t.term <-> w.word, t.term LIMIT {FUZZY_CORRECTIONS})
        UNION ALL
        (SELECT similarity(g.name, w.word), NULL::text, g.id
         FROM tags g WHERE g.name % w.word
         ORDER BY g.name <-> w.word, g.id LIMIT {FUZZY_CORRECTIONS})
    ) n
),
every_word AS (
    SELECT string_agg('(' || any_term || ')', ' & ')::tsquery AS query
    FROM (SELECT word, string_agg('(' || query::text || ')', ' | ') AS any_term
          FROM corrections WHERE query IS NOT NULL GROUP BY word) per_word
    HAVING count(*) > 1
),
fuzzy_candidates AS MATERIALIZED (
    SELECT found.id, to_tsvector({CONFIG}, found.title) AS vector FROM (
        SELECT m.id, m.title FROM corrections c CROSS JOIN LATERAL (
            SELECT s.id, s.title FROM scripts s
            WHERE to_tsvector({CONFIG}, s.title) @@ c.query AND {VISIBLE}
            LIMIT {FUZZY_CANDIDATES}
        ) m WHERE c.query IS NOT NULL
        UNION ALL
        SELECT m.id, m.title FROM corrections c CROSS JOIN LATERAL (
            SELECT s.id, s.title FROM script_tags st JOIN scripts s ON s.id = st.script_id
            WHERE st.tag_id = c.tag_id AND {VISIBLE}
            LIMIT {FUZZY_CANDIDATES}
        ) m WHERE c.tag_id IS NOT NULL
        UNION ALL
        SELECT m.id, m.title FROM corrections c CROSS JOIN LATERAL (
            SELECT s.id, s.title FROM script_analysis a JOIN scripts s ON s.id = a.script_id
            WHERE a.command_names @> ARRAY[c.term] AND {VISIBLE}
            LIMIT {FUZZY_CANDIDATES}
        ) m WHERE c.term IS NOT NULL
        UNION ALL
        SELECT m.id, m.title FROM every_word e CROSS JOIN LATERAL (
            SELECT s.id, s.title FROM scripts s
            WHERE to_tsvector({CONFIG}, s.title) @@ e.query AND {VISIBLE}
            LIMIT {FUZZY_CANDIDATES}
        ) m
    ) found
    GROUP BY found.id, found.title
),
fuzzy_top AS (
    SELECT b.id, (sum(b.best::numeric) / $3::int)::float8 AS score
    FROM (
        SELECT h.id, h.word, max(h.sim) AS best FROM (
            SELECT f.id, c.word, c.sim FROM fuzzy_candidates f JOIN corrections c ON f.vector @@ c.query
            UNION ALL
            SELECT f.id, c.word, c.sim FROM fuzzy_candidates f
            JOIN script_tags st ON st.script_id = f.id JOIN corrections c ON c.tag_id = st.tag_id
            UNION ALL
            SELECT f.id, c.word, c.sim FROM fuzzy_candidates f
            JOIN script_analysis a ON a.script_id = f.id JOIN corrections c ON a.command_names @> ARRAY[c.term]
        ) h GROUP BY h.id, h.word
    ) b
    GROUP BY b.id
    ORDER BY score DESC, b.id DESC LIMIT {HYBRID_DEPTH}
),
semantic_top AS (
    SELECT e.script_id AS id, e.embedding <=> $4::vector AS distance
    FROM script_embeddings e JOIN scripts s ON s.id = e.script_id
    WHERE e.model = $5 AND e.dimensions = $6 AND {VISIBLE}
    ORDER BY e.embedding <=> $4::vector, e.script_id LIMIT {HYBRID_DEPTH}
),
ranked AS (
    SELECT id, row_number() OVER (ORDER BY score DESC, id DESC) AS rank, 'text' AS source FROM text_top
    UNION ALL
    SELECT id, row_number() OVER (ORDER BY score DESC, id DESC), 'fuzzy' FROM fuzzy_top
    UNION ALL
    SELECT id, row_number() OVER (ORDER BY distance, id), 'semantic' FROM semantic_top WHERE distance <= $10
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
           {CONFIG},
           translate(concat_ws(E'\\n', s.description, left(s.content, {HEADLINE_CHARS})), $9, ''),
           {TSQ}, $8)
       END AS headline
FROM fused f JOIN scripts s ON s.id = f.id JOIN users u ON u.id = s.author_id
ORDER BY f.score DESC, f.id DESC
"""

@functools.cache
def _settings() -> Settings:
    # The floor process's settings, read from the same environment as the server's.
    return Settings.from_env()


@functools.cache
def _embedding_provider() -> EmbeddingProvider:
    return provider_for(_settings())


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
            1.0 - _settings().search_similarity_floor,
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
