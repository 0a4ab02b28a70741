"""The vocabulary FUZZY search corrects typos against: triggers keep it in step with titles and tags."""

from __future__ import annotations

from sqlalchemy import insert, select, update

from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from tests import factories
from tests.integration.search.conftest import SEARCH
from tests.support.graphql import run, viewer_of


async def _terms(db: Database) -> set[str]:
    async with db.read() as session:
        return set(await session.scalars(select(models.SearchTerm.term)))


async def _fuzzy_titles(db: Database, query: str, viewer: models.User) -> list[str]:
    data = await run(db, SEARCH, {"query": query, "mode": "FUZZY", "first": 20}, viewer=viewer_of(viewer))
    return [edge["node"]["title"] for edge in data["searchScripts"]["edges"]]


async def test_new_titles_and_tags_add_their_words_but_not_stop_words_numbers_or_short_words(clean_db: Database) -> None:
    async with clean_db.transaction() as session:
        author = await factories.make_user(session)
        await factories.make_script(session, author=author, title="Rotate IIS logs with Get-ChildItem in 2024")
        await factories.make_tag(session, name="active-directory")
    terms = await _terms(clean_db)
    assert {"rotate", "iis", "logs", "get-childitem", "get", "childitem", "active-directory", "active", "directory"} <= terms
    assert not {"with", "in", "2024"} & terms


async def test_a_bulk_insert_adds_the_words_of_every_row(clean_db: Database) -> None:
    async with clean_db.transaction() as session:
        author = await factories.make_user(session)
        rows = [
            {"title": title, "content": "Get-Date\n", "author_id": author.id, "file_hash": f"{i:064x}"}
            for i, title in enumerate(("Quarterly firewall audit", "Mailbox quota report"))
        ]
        await session.execute(insert(models.Script), rows)
        await session.execute(insert(models.Tag), [{"name": "exchange"}, {"name": "compliance"}])
    assert {"quarterly", "firewall", "audit", "mailbox", "quota", "report", "exchange", "compliance"} <= await _terms(clean_db)


async def test_renamed_titles_and_tags_are_found_by_a_typo_of_their_new_words(clean_db: Database) -> None:
    async with clean_db.transaction() as session:
        author = await factories.make_user(session)
        script = await factories.make_script(session, author=author, title="Old name")
        tag = await factories.make_tag(session, name="misc")
        other = await factories.make_script(session, author=author, title="Unrelated")
        session.add(models.ScriptTag(script_id=other.id, tag_id=tag.id))
    assert await _fuzzy_titles(clean_db, "archve", author) == []

    async with clean_db.transaction() as session:
        await session.execute(update(models.Script).where(models.Script.id == script.id).values(title="Archive mailboxes"))
        await session.execute(update(models.Tag).where(models.Tag.id == tag.id).values(name="certificates"))
    assert {"archive", "mailboxes", "certificates"} <= await _terms(clean_db)
    assert await _fuzzy_titles(clean_db, "archve", author) == ["Archive mailboxes"]
    assert await _fuzzy_titles(clean_db, "certficates", author) == ["Unrelated"]
