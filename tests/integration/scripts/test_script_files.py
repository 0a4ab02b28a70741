"""Script content from uploaded files: decoded by BOM, the encoding recorded per version, refusals change nothing."""

from __future__ import annotations

import codecs
import io
from typing import Any

import pytest
from sqlalchemy import select
from starlette.datastructures import UploadFile

from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from tests.support.graphql import run, run_with_errors
from tests.support.mutations import Cast, count, error_codes, make_cast, mutate

SCRIPT = "# Größe\r\nGet-ChildItem | Measure-Object -Sum Length\r\n"
CREATE = """mutation($input: CreateScriptInput!) { createScript(input: $input) {
  script { id content fileHash sourceEncoding rawUrl version latestVersion { sourceEncoding rawUrl } } errors { code field message } } }"""
UPDATE = """mutation($input: UpdateScriptInput!) { updateScript(input: $input) {
  script { content version sourceEncoding } errors { code field message } } }"""
REVERT = """mutation($id: ID!, $to: Int!) { revertScript(id: $id, toVersion: $to) {
  script { content version sourceEncoding latestVersion { sourceEncoding } } errors { code } } }"""
VERSIONS = "query($id: ID!) { script(id: $id) { versions { nodes { version sourceEncoding } } } }"


@pytest.fixture
async def cast(clean_db: Database) -> Cast:
    return await make_cast(clean_db)


def upload(data: bytes, name: str = "script.ps1") -> UploadFile:
    return UploadFile(file=io.BytesIO(data), filename=name)


async def create(db: Database, cast: Cast, **fields: Any) -> dict[str, Any]:
    return await mutate(db, CREATE, {"input": {"title": "Disk usage"} | fields}, cast.alice)


async def test_a_utf16_file_from_powershell_5_becomes_text_and_its_encoding_is_kept(clean_db: Database, cast: Cast) -> None:
    payload = await create(clean_db, cast, file=upload(codecs.BOM_UTF16_LE + SCRIPT.encode("utf-16-le")))
    assert payload["errors"] == []
    script = payload["script"]
    assert script["content"] == SCRIPT and script["sourceEncoding"] == "UTF_16_LE"
    assert script["latestVersion"]["sourceEncoding"] == "UTF_16_LE"
    numeric_id = (await _script_row(clean_db)).id
    assert script["rawUrl"] == f"/scripts/{numeric_id}/raw"
    assert script["latestVersion"]["rawUrl"] == f"/scripts/{numeric_id}/raw?version=1"


async def test_text_content_is_utf8_and_a_bom_is_recorded_but_not_stored(clean_db: Database, cast: Cast) -> None:
    text = await create(clean_db, cast, content=SCRIPT)
    assert text["script"]["sourceEncoding"] == "UTF_8"
    bom = await mutate(
        clean_db, UPDATE, {"input": {"id": text["script"]["id"], "file": upload(codecs.BOM_UTF8 + b"Get-Date\n")}}, cast.alice
    )
    assert bom["script"] == {"content": "Get-Date\n", "version": 2, "sourceEncoding": "UTF_8_BOM"}


async def test_each_version_keeps_its_encoding_and_a_revert_brings_the_old_one_back(clean_db: Database, cast: Cast) -> None:
    created = await create(clean_db, cast, file=upload(codecs.BOM_UTF16_BE + SCRIPT.encode("utf-16-be")))
    script_id = created["script"]["id"]
    changed = await mutate(clean_db, UPDATE, {"input": {"id": script_id, "content": "Get-Date\n"}}, cast.alice)
    assert changed["script"]["sourceEncoding"] == "UTF_8"
    reverted = await mutate(clean_db, REVERT, {"id": script_id, "to": 1}, cast.alice)
    assert reverted["script"] == {
        "content": SCRIPT, "version": 3, "sourceEncoding": "UTF_16_BE", "latestVersion": {"sourceEncoding": "UTF_16_BE"}
    }
    versions = (await run(clean_db, VERSIONS, {"id": script_id}, viewer=cast.alice))["script"]["versions"]["nodes"]
    assert [(v["version"], v["sourceEncoding"]) for v in versions] == [(3, "UTF_16_BE"), (2, "UTF_8"), (1, "UTF_16_BE")]


async def test_the_same_text_uploaded_in_another_encoding_is_the_same_content(clean_db: Database, cast: Cast) -> None:
    first = await create(clean_db, cast, content=SCRIPT)
    again = await mutate(
        clean_db, UPDATE, {"input": {"id": first["script"]["id"], "file": upload(codecs.BOM_UTF16_LE + SCRIPT.encode("utf-16-le"))}},
        cast.alice,
    )
    assert again["script"] == {"content": SCRIPT, "version": 1, "sourceEncoding": "UTF_8"}  # no new version


@pytest.mark.parametrize(
    ("fields", "code", "field"),
    [
        ({"file": "Größe".encode("cp1252")}, "INVALID_ENCODING", ["input", "file"]),
        ({"file": "Get-Date".encode("utf-16-le")}, "INVALID_ENCODING", ["input", "file"]),
        ({"file": codecs.BOM_UTF16_LE + "   \r\n".encode("utf-16-le")}, "CONTENT_BLANK", ["input", "file"]),
        ({"file": b"#" * (1024 * 1024 + 1)}, "CONTENT_TOO_LARGE", ["input", "file"]),
        ({"file": b"Get-Date", "content": "Get-Date"}, "CONTENT_AND_FILE", ["input", "file"]),
        ({}, "CONTENT_MISSING", ["input", "content"]),
    ],
)
async def test_files_that_cannot_be_a_script_are_refused_and_nothing_is_created(
    clean_db: Database, cast: Cast, fields: dict[str, Any], code: str, field: list[str]
) -> None:
    before = await count(clean_db, models.Script)
    if "file" in fields:
        fields = fields | {"file": upload(fields["file"])}
    payload = await create(clean_db, cast, **fields)
    assert payload["script"] is None and error_codes(payload) == [(code, field)]
    assert await count(clean_db, models.Script) == before


async def test_an_update_with_a_bad_file_changes_nothing(clean_db: Database, cast: Cast) -> None:
    payload = await mutate(clean_db, UPDATE, {"input": {"id": cast.public_id, "title": "New", "file": upload(b"\xff\xfe\xfe")}}, cast.alice)
    assert error_codes(payload) == [("INVALID_ENCODING", ["input", "file"])]
    async with clean_db.read() as session:
        row = await session.get(models.Script, cast.public.id)
    assert row is not None and (row.title, row.version, row.content) == (cast.public.title, 1, cast.public.content)


async def test_a_value_that_is_not_a_file_is_bad_user_input(clean_db: Database, cast: Cast) -> None:
    data, errors = await run_with_errors(clean_db, CREATE, {"input": {"title": "x", "file": "Get-Date"}}, viewer=cast.alice)
    assert data is None and errors[0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert "multipart" in errors[0]["message"]


async def _script_row(db: Database) -> models.Script:
    async with db.read() as session:
        return (await session.scalars(select(models.Script).where(models.Script.title == "Disk usage"))).one()
