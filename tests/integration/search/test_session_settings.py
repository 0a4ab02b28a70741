"""Search's scan settings (pg_trgm thresholds, pgvector's iterative scan) hold for its page
statement: they are transaction-local, so they need a transaction, not autocommit reads."""

from __future__ import annotations

from psscript_graphql.db.session import Database
from psscript_graphql.search import statements as sql
from tests.factories import make_script, make_user
from tests.support.graphql import run

FUZZY = """
query ($query: String!) { searchScripts(query: $query, mode: FUZZY) { edges { node { title } } } }
"""


async def test_a_snapshot_keeps_searchs_local_settings_for_the_next_statement(clean_db: Database) -> None:
    async with clean_db.snapshot() as session:
        await session.execute(sql.session_settings())
        threshold = await session.scalar(sql.select(sql.func.current_setting("pg_trgm.similarity_threshold")))
    assert float(threshold) == sql.SIMILARITY_THRESHOLD


async def test_fuzzy_finds_a_title_below_pg_trgm_default_threshold(clean_db: Database) -> None:
    # word_similarity('bakup', 'Backup Finance') is 0.44: found at our 0.4, not at the default 0.6.
    async with clean_db.transaction() as session:
        author = await make_user(session)
        await make_script(session, author=author, title="Backup Finance", is_public=True)
    data = await run(clean_db, FUZZY, {"query": "bakup"})
    assert [edge["node"]["title"] for edge in data["searchScripts"]["edges"]] == ["Backup Finance"]
