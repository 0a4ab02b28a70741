"""A bounded, seeded, schema-aware fuzz of every root field (hypothesis-graphql) through the
whole HTTP application — edge, middleware, extensions, compiled reads, resolvers — on a scratch
database, as a signed-in user (admin-only fields as an admin). No case may answer 5xx or carry
INTERNAL_SERVER_ERROR, and no compiled read may fail (the resolvers would hide it by answering).

Documents hold NULs, control characters, huge and negative numbers, unknown IDs and real ones,
cursors. Each root field gets FUZZ_EXAMPLES cases, seeded per test; the ten roots compiled reads
answer get half of theirs from the read graph alone, so those reach compiled SQL rather than
falling back on a field it does not compile. A deeper run is
`PSSCRIPT_FUZZ_EXAMPLES=1000 PSSCRIPT_FUZZ_SEED=1 pytest tests/e2e/test_fuzz.py`.

What bounds this is the cost of a case, and generating a document cost about what serving it
does: another process generates the documents (tests/support/fuzz.py `DocumentSource`, from
quarter-schemas that halve generation) while this one serves them, with one event loop, client
and database for the module and no per-case setup. A failing case is reported with its document
(not shrunk); seeded, it fails again on the next run.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from sqlalchemy import update
from strawberry import relay

from psscript_graphql.app import create_app
from psscript_graphql.compiler.extension import compiled_reads
from psscript_graphql.config import Settings
from psscript_graphql.db import models
from psscript_graphql.schema import schema
from tests.support.fuzz import SCHEMA, DocumentSource, FuzzSpec, read_graph_schema

FUZZ_EXAMPLES = int(os.environ.get("PSSCRIPT_FUZZ_EXAMPLES", "200"))
# Unset: each test is seeded by its node id; a number explores other cases.
FUZZ_SEED = os.environ.get("PSSCRIPT_FUZZ_SEED")
COMPILED_ROOTS = list(read_graph_schema().query_type.fields)
ADMIN_FIELDS = {"databaseAdmin", "setUserRole", "unlockUser", "vacuumAnalyze", "purgeExecutionLogs", "createCategory",
                "renameCategory", "deleteCategory", "purgeScript"}
# These end or change the session they run in: they get a throwaway user of their own.
SESSION_FIELDS = {"logout", "logoutAll", "changePassword"}
APP_SETTINGS = Settings(rate_limit_per_minute=0, embedding_backfill_on_start=False, retention_interval_s=0, db_pool_min=1)


class ErrorRecords(logging.Handler):
    """ERROR records of the compiled read path: a failed compiled read is answered by the
    resolvers, so only its log tells."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@dataclass
class Target:
    """The application on an event loop of its own, driven synchronously by Hypothesis."""

    loop: asyncio.AbstractEventLoop
    client: httpx.AsyncClient
    tokens: dict[str, str] = field(default_factory=dict)
    ids: list[str] = field(default_factory=list)
    cursors: list[str] = field(default_factory=list)
    compiler_errors: ErrorRecords = field(default_factory=ErrorRecords)
    source: DocumentSource | None = None

    def post(self, query: str, token: str | None = None) -> httpx.Response:
        headers = {"content-type": "application/json"} | ({"authorization": f"Bearer {token}"} if token else {})
        return self.loop.run_until_complete(self.client.post("/graphql", json={"query": query}, headers=headers))

    def run(self, query: str, token: str | None = None) -> dict[str, Any]:
        response = self.post(query, token)
        assert response.status_code == 200, response.text
        body = response.json()
        assert "errors" not in body, body
        return body["data"]


def _register(target: Target, name: str) -> str:
    data = target.run(f'mutation {{ register(username: "{name}", email: "{name}@example.com", password: "correct horse battery") {{ token errors {{ code }} }} }}')
    return data["register"]["token"]


def _gid(kind: str, value: int | str) -> str:
    return str(relay.GlobalID(kind, str(value)))


@pytest.fixture(scope="module")
def target(module_database: str, request: pytest.FixtureRequest) -> Iterator[Target]:
    app = create_app(APP_SETTINGS, module_database)
    loop = asyncio.new_event_loop()
    lifespan = app.router.lifespan_context(app)
    loop.run_until_complete(lifespan.__aenter__())
    transport = httpx.ASGITransport(app=app, client=("203.0.113.7", 5000))
    client = httpx.AsyncClient(transport=transport, base_url="http://fuzz")
    target = Target(loop, client)
    compiler_log = logging.getLogger("psscript_graphql.compiler")
    compiler_log.addHandler(target.compiler_errors)
    try:
        user, admin = _register(target, "fuzzer"), _register(target, "fuzzadmin")
        target.tokens = {"user": user, "admin": admin, "session": _register(target, "throwaway")}
        loop.run_until_complete(_make_admin(app.state.db, "fuzzadmin"))
        target.ids = _seed(target)
        target.cursors = _cursors(target)
        target.source = DocumentSource(_specs(request.session.items), target.ids, target.cursors, _seed_value())
        yield target
    finally:
        if target.source is not None:
            target.source.close()
        compiler_log.removeHandler(target.compiler_errors)
        loop.run_until_complete(client.aclose())
        loop.run_until_complete(lifespan.__aexit__(None, None, None))
        loop.close()


async def _make_admin(db: Any, username: str) -> None:
    async with db.transaction() as session:
        await session.execute(update(models.User).where(models.User.username == username).values(role="admin"))


def _seed(target: Target) -> list[str]:
    """Rows the fuzz's IDs can point at: scripts (one private), a comment, a category, a job."""
    user, admin = target.tokens["user"], target.tokens["admin"]
    create = 'mutation {{ createScript(input: {{title: "{t}", content: "Get-Process | Select -First {n}", isPublic: {p}, tags: ["fuzz"]}}) {{ script {{ id latestVersion {{ id }} }} }} }}'
    first = target.run(create.format(t="one", n=1, p="true"), user)["createScript"]["script"]
    second = target.run(create.format(t="two", n=2, p="false"), admin)["createScript"]["script"]
    comment = target.run(f'mutation {{ addComment(scriptId: "{first["id"]}", content: "hello") {{ comment {{ id }} }} }}', user)
    category = target.run('mutation { createCategory(name: "Fuzz") { category { id } } }', admin)
    job = target.run(f'mutation {{ analyzeScript(scriptId: "{first["id"]}") {{ job {{ id }} }} }}', user)
    me = target.run("{ me { id } }", user)
    return [
        first["id"], second["id"], first["latestVersion"]["id"], comment["addComment"]["comment"]["id"],
        category["createCategory"]["category"]["id"], job["analyzeScript"]["job"]["id"], me["me"]["id"],
        _gid("Script", 999_999), _gid("Nope", 1), "", "Zm9vOmJhcg==",
    ]


def _cursors(target: Target) -> list[str]:
    """Real cursors of the seeded rows, for `after`/`before`."""
    pages = target.run(
        "{ scripts(first: 2) { edges { cursor node { versions { edges { cursor } } comments { edges { cursor } } } } }"
        " users { edges { cursor } } tags { edges { cursor } } categories { edges { cursor } } }",
        target.tokens["admin"],
    )
    found: list[str] = []

    def collect(value: Any) -> None:
        if isinstance(value, dict):
            found.extend(v for k, v in value.items() if k == "cursor")
            for v in value.values():
                collect(v)
        elif isinstance(value, list):
            for v in value:
                collect(v)

    collect(pages)
    return found


def _internal_errors(body: Any) -> list[dict[str, Any]]:
    items = body if isinstance(body, list) else [body]
    errors = [error for item in items for error in (item.get("errors") or [])]
    return [error for error in errors if (error.get("extensions") or {}).get("code") == "INTERNAL_SERVER_ERROR"]


def _seed_value() -> int | None:
    return None if FUZZ_SEED is None else int(FUZZ_SEED)


def _specs(items: list[pytest.Item]) -> list[FuzzSpec]:
    """What each of this module's selected tests will fuzz, in the order they run."""
    specs = []
    for item in items:
        function = getattr(item, "function", None)
        if getattr(function, "fuzzes", None) is not None:
            root = item.callspec.params["root"]  # type: ignore[attr-defined]
            specs.append(FuzzSpec(item.nodeid, *function.fuzzes(root)))
    return specs


def _fuzz(target: Target, node_id: str, root: str) -> None:
    token = target.tokens["admin" if root in ADMIN_FIELDS else "session" if root in SESSION_FIELDS else "user"]
    assert target.source is not None
    cases = 0
    for document in target.source.documents(node_id):
        cases += 1
        response = target.post(document, token)
        assert response.status_code < 500, (document, response.text)
        assert not _internal_errors(response.json()), (document, response.text)
        failed, target.compiler_errors.records = target.compiler_errors.records, []
        assert not failed, (document, [record.getMessage() + str(record.exc_info) for record in failed])
    assert cases, "no document was generated"


def _answered_by_compiled_sql() -> int:
    return compiled_reads(schema, APP_SETTINGS.compiled_plan_cache_size).answered


@pytest.mark.parametrize("root", list(SCHEMA.query_type.fields))
def test_fuzzed_queries_never_fail_internally(target: Target, root: str, request: pytest.FixtureRequest) -> None:
    _fuzz(target, request.node.nodeid, root)


# the other half of a compiled root's cases: test_fuzzed_compiled_reads_never_fail
test_fuzzed_queries_never_fail_internally.fuzzes = lambda root: (  # type: ignore[attr-defined]
    "query", root, FUZZ_EXAMPLES // 2 if root in COMPILED_ROOTS else FUZZ_EXAMPLES, "partitions"
)


@pytest.mark.parametrize("root", COMPILED_ROOTS)
def test_fuzzed_compiled_reads_never_fail(target: Target, root: str, request: pytest.FixtureRequest) -> None:
    before = _answered_by_compiled_sql()
    _fuzz(target, request.node.nodeid, root)
    assert _answered_by_compiled_sql() > before, "no case reached compiled SQL"


test_fuzzed_compiled_reads_never_fail.fuzzes = lambda root: (  # type: ignore[attr-defined]
    "query", root, FUZZ_EXAMPLES - FUZZ_EXAMPLES // 2, "read_graph"
)


@pytest.mark.parametrize("root", list(SCHEMA.mutation_type.fields))
def test_fuzzed_mutations_never_fail_internally(target: Target, root: str, request: pytest.FixtureRequest) -> None:
    _fuzz(target, request.node.nodeid, root)


test_fuzzed_mutations_never_fail_internally.fuzzes = lambda root: ("mutation", root, FUZZ_EXAMPLES, "partitions")  # type: ignore[attr-defined]
