"""PostgreSQL prints JSON text exactly as the response encoder (orjson) prints it, so compiled
answers go into the response without being parsed: strings with every character PostgreSQL
text can hold, floats of every magnitude, and whole answers with hostile content compared byte
for byte with the resolvers'."""

from __future__ import annotations

import base64
import math
import random
import struct
from typing import Any

import orjson
import pytest
from sqlalchemy import Double, Text, column, func, select
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.dialects.postgresql.asyncpg import PGDialect_asyncpg

from psscript_graphql.compiler import finish, json_text
from psscript_graphql.compiler.extension import compiled_reads
from psscript_graphql.config import Settings
from psscript_graphql.core.permissions import ANONYMOUS, Viewer
from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from psscript_graphql.schema import schema
from tests import factories
from tests.support.graphql import execute

_DIALECT = PGDialect_asyncpg(paramstyle="numeric_dollar")
# Characters JSON escapes or that break naive splicing: quotes, backslashes, every control
# character, DEL, `/`, HTML, U+2028/U+2029 (JavaScript line ends), non-ASCII, astral emoji.
HOSTILE = (
    'say "hi" \\ back\\slash \\"quoted\\" \t tab \n newline \r\n crlf \x08\x0c'
    + "".join(chr(c) for c in range(1, 32))
    + "\x7f </script><script>alert(1)</script> / \u2028 \u2029 é ß 中文 \U0001f600 \ufeff {\"a\" : [1, 2]} '"
)


async def _print_all(db: Database, values: list[Any], type_: Any) -> list[str]:
    """`json_text.value` of each value, printed by PostgreSQL."""
    array = {Double: "float8[]", Text: "text[]", JSONB: "jsonb[]"}[type_]
    rows = func.unnest(column(f"$1::{array}", is_literal=True)).table_valued(column("v", type_)).render_derived("t")
    sql = select(json_text.value(rows.c.v)).select_from(rows).compile(dialect=_DIALECT).string
    async with db.read_driver() as driver:
        return [row[0] for row in await driver.fetch(sql, values)]


async def test_every_character_postgresql_text_holds_is_escaped_as_orjson_escapes_it(db: Database) -> None:
    # No NUL (PostgreSQL text cannot hold it) and no lone surrogates (not valid UTF-8).
    characters = [chr(c) for c in range(1, 0x110000) if not 0xD800 <= c < 0xE000]
    strings = [characters[i : i + 64] for i in range(0, len(characters), 64)]
    values = ["".join(chunk) for chunk in strings] + [HOSTILE, "", None]
    printed = await _print_all(db, values, Text)
    for value, text in zip(values, printed, strict=True):
        assert text == orjson.dumps(value).decode(), repr(value)


def _random_double(rng: random.Random) -> float:
    kind = rng.random()
    if kind < 0.4:  # any bit pattern: every exponent, subnormals, NaN and infinities
        return struct.unpack("d", struct.pack("Q", rng.getrandbits(64)))[0]
    if kind < 0.8:
        return rng.uniform(-1, 1) * 10.0 ** rng.randint(-25, 25)
    return float(rng.randint(-(10 ** rng.randint(0, 22)), 10 ** rng.randint(0, 22)))


async def test_floats_print_as_orjson_prints_them(db: Database) -> None:
    rng = random.Random(15)
    edges = [0.0, -0.0, 2.0, 0.1, 1e-4, 1e-5, 1.5e-5, 1e-6, 1e15, 1e16, 9999999999999998.0, 1.7976931348623157e308,
             -1.7976931348623157e308, 5e-324, 1e22, 123456.789, 604_800_000.0, math.inf, -math.inf, math.nan, None]
    values = edges + [_random_double(rng) for _ in range(20_000)]
    printed = await _print_all(db, values, Double)
    for value, text in zip(values, printed, strict=True):
        assert text == orjson.dumps(value).decode(), repr(value)


async def test_json_values_are_marked_and_printed_again_by_orjson(db: Database) -> None:
    values = [{"b": [1, 2.50, None, True], "a": {"x": HOSTILE}, "longer key": 1e-7}, [], {}, "text", 12, None]
    printed = await _print_all(db, [orjson.dumps(v).decode() for v in values], JSONB)
    assert all(text.startswith(json_text.START) for text in printed)  # PostgreSQL's `{"a": 1}` has spaces
    # jsonb orders keys (shorter first), and so do the resolvers, which read it back through orjson.
    for value, text in zip(values, printed, strict=True):
        reread = orjson.loads(text.split(json_text.SITE_END, 1)[1].rsplit(json_text.END, 1)[0])
        assert finish.splice(text, ()) == orjson.dumps(reread).decode() and reread == value


def test_an_object_merges_its_keys_and_constants_into_the_literals_around_values() -> None:
    sql = str(json_text.obj([("a", column("x", Text)), ("__typename", json_text.constant("Script")), ("b", column("y", Text))]))
    assert "'{\"a\":'" in sql and "',\"__typename\":\"Script\",\"b\":'" in sql and "json_build_object" not in sql


def test_a_raw_timestamp_is_refused_when_the_plan_is_built() -> None:
    from sqlalchemy import DateTime

    with pytest.raises(TypeError, match="iso_datetime"):
        json_text.value(column("created_at", DateTime(timezone=True)))


HOSTILE_PAGE = """query Q($id: ID!) {
  script(id: $id) { __typename id title description content fileHash averageExecutionTimeMs
    author { username } category { name description } tags { name }
    latestVersion { commitMessage title }
    versions(first: 5) { edges { cursor node { commitMessage } } pageInfo { startCursor endCursor } }
    comments(first: 5) { totalCount nodes { content author { username } } } }
  scripts(first: 3, filter: {query: "hostile"}) { nodes { title description } }
  tags { nodes { name } }
}"""


@pytest.fixture
async def hostile(clean_db: Database) -> tuple[Database, models.Script, models.User]:
    async with clean_db.transaction() as session:
        author = await factories.make_user(session, username="hostile-author")
        category = await factories.make_category(session, name="cat " + HOSTILE[:40], description=HOSTILE)
        script = await factories.make_script(
            session, author=author, category_id=category.id, title="hostile " + HOSTILE[:150], description=HOSTILE,
            content=HOSTILE * 3, average_execution_time_ms=1e-7,
        )
        await factories.make_version(session, script=script, commit_message=HOSTILE, title=HOSTILE[:100])
        for text in (HOSTILE, "plain", "\U0001f600" * 10, '"\\'):
            await factories.make_comment(session, script=script, author=author, content=text)
        tag = await factories.make_tag(session, name="tag-\u00e9\u2028\U0001f600")
        session.add(models.ScriptTag(script_id=script.id, tag_id=tag.id))
    return clean_db, script, author


@pytest.mark.parametrize("viewer_kind", ["anonymous", "owner"])
async def test_hostile_text_answers_byte_for_byte_what_the_resolvers_answer(
    hostile: tuple[Database, models.Script, models.User], viewer_kind: str
) -> None:
    db, script, author = hostile
    viewer = ANONYMOUS if viewer_kind == "anonymous" else Viewer(id=author.id, role="user")
    variables = {"id": _gid("Script", script.id)}
    reads = compiled_reads(schema, Settings().compiled_plan_cache_size)
    answered = reads.answered
    compiled = await execute(db, HOSTILE_PAGE, variables, viewer=viewer, settings=Settings(compiled_reads=True))
    assert reads.answered == answered + 1, "the compiled path answered"
    # Not parsed on the way: each root field is PostgreSQL's text, spliced by the encoder.
    assert all(isinstance(value, orjson.Fragment) for value in compiled.data.values())
    reference = await execute(db, HOSTILE_PAGE, variables, viewer=viewer, settings=Settings(compiled_reads=False))
    assert compiled.errors is None and reference.errors is None
    got, expected = orjson.dumps(compiled.data), orjson.dumps(reference.data)
    assert got == expected
    answer = orjson.loads(got)["script"]  # the hostile text really is in the answer
    assert answer["description"] == HOSTILE and answer["averageExecutionTimeMs"] == 1e-7
    assert [c["content"] for c in answer["comments"]["nodes"]][0] == HOSTILE


async def test_fields_finished_in_python_are_spliced_into_the_text(hostile: tuple[Database, models.Script, models.User]) -> None:
    db, script, _ = hostile
    issues = [{"rule": "PSAvoidUsingInvokeExpression", "severity": "warning", "line": 3, "message": HOSTILE},
              {"rule": 'Quote"d \\ \u2028', "severity": "error", "line": 1, "message": "\x01\x02\x03 markers in a value"}]
    async with db.transaction() as session:
        await factories.make_analysis(session, script=script, purpose=HOSTILE, security_issues=issues)
    query = """query Q($id: ID!) {
      a: script(id: $id) { analysis { purpose securityIssues { rule message line } settings { includeRules severity } } }
      b: script(id: $id) { title } c: scripts(first: 2) { nodes { analysis { securityIssues { severity } } } } }"""
    variables = {"id": _gid("Script", script.id)}
    compiled = await execute(db, query, variables, settings=Settings(compiled_reads=True))
    assert all(isinstance(value, orjson.Fragment) for value in compiled.data.values())
    reference = await execute(db, query, variables, settings=Settings(compiled_reads=False))
    assert compiled.errors is None and reference.errors is None
    assert orjson.dumps(compiled.data) == orjson.dumps(reference.data)
    issues_read = orjson.loads(orjson.dumps(compiled.data))["a"]["analysis"]["securityIssues"]
    assert issues_read[1]["message"] == "\x01\x02\x03 markers in a value"


def _gid(type_name: str, key: int) -> str:
    return base64.b64encode(f"{type_name}:{key}".encode()).decode()
