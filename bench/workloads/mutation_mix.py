"""(4) A mutation mix: signed-in users writing, in a fixed ratio per cycle of 12 requests —
createScript 1, updateScript 2 (title and description of their own script), addComment 4,
favoriteScript 2, recordExecution 3 — by USERS bench users rotated request by request.

Setup (once, over HTTP): each bench user registers (or logs in when an earlier run registered
it) and gets a bearer token, and creates the script it will edit. Every body carries `__N__`,
which wrk replaces with a number unique to the request, so a created script's content never
repeats (a repeated content is a duplicate, not a create).

Floor: the same writes as hand-written SQL, each request in one transaction: the token's
session looked up by its SHA-256 like the server does, the visibility check (`FOR KEY SHARE`
on the script), the INSERT/UPDATEs, the payload read back by RETURNING. What it leaves out:
the server's createScript also queues an analysis (a job row, and the in-process worker then
parses, scores, embeds and stores it — CPU the GraphQL server spends during the measurement);
the floor queues nothing. The answers are compared by shape (same keys, same nesting, null
where null), not by value: ids, timestamps and counts differ between the two servers' writes.
"""

from __future__ import annotations

import base64
import hashlib
from typing import Any

import asyncpg
import httpx

from bench.workloads.base import Workload, global_id, iso, user

USERS = 5
PASSWORD = "bench-password-1"  # bench users live in the bench's own database only
TAGS = ["bench", "automation"]
ERRORS = "errors { code field message }"

CREATE = f"""
mutation CreateScript($title: String!, $content: String!) {{
  createScript(input: {{title: $title, content: $content, tags: ["bench", "automation"], isPublic: true}}) {{
    {ERRORS}
    script {{ id title version isPublic createdAt author {{ id username }} tags {{ name }} }}
    duplicateOf
  }}
}}
"""
UPDATE = f"""
mutation UpdateScript($id: ID!, $title: String!, $description: String!) {{
  updateScript(input: {{id: $id, title: $title, description: $description}}) {{
    {ERRORS}
    script {{ id title description version updatedAt }}
  }}
}}
"""
COMMENT = f"""
mutation AddComment($scriptId: ID!, $content: String!) {{
  addComment(scriptId: $scriptId, content: $content) {{
    {ERRORS}
    comment {{ id content createdAt author {{ id username }} }}
  }}
}}
"""
FAVORITE = f"""
mutation FavoriteScript($scriptId: ID!) {{
  favoriteScript(scriptId: $scriptId) {{ {ERRORS} script {{ id favoriteCount }} }}
}}
"""
EXECUTION = f"""
mutation RecordExecution($scriptId: ID!, $ms: Float!) {{
  recordExecution(input: {{scriptId: $scriptId, status: SUCCESS, executionTimeMs: $ms}}) {{
    {ERRORS}
    script {{ id executionCount }}
    executionLog {{ id status executionTimeMs }}
  }}
}}
"""
REGISTER = """
mutation ($username: String!, $email: String!, $password: String!) {
  register(username: $username, email: $email, password: $password) { errors { code message } token }
}
"""
LOGIN = """
mutation ($name: String!, $password: String!) {
  login(usernameOrEmail: $name, password: $password) { errors { code message } token }
}
"""
CONTENT = "# bench script __N__\nGet-ChildItem -Path $env:TEMP -Filter *.log | Remove-Item -WhatIf\n"

# The per-user cycle: (mutation, how many of it).
MIX = (("CreateScript", 1), ("UpdateScript", 2), ("AddComment", 4), ("FavoriteScript", 2), ("RecordExecution", 3))


def same_shape(graphql: Any, floor: Any) -> bool:
    """Equal structure: the same keys at every level, lists of the same length, null where null."""
    if isinstance(graphql, dict):
        return isinstance(floor, dict) and graphql.keys() == floor.keys() and all(same_shape(graphql[k], floor[k]) for k in graphql)
    if isinstance(graphql, list):
        return isinstance(floor, list) and len(graphql) == len(floor) and all(map(same_shape, graphql, floor))
    if graphql is None or floor is None:
        return graphql is None and floor is None
    return isinstance(floor, type(graphql)) or isinstance(graphql, type(floor))


def _call(client: httpx.Client, url: str, query: str, variables: dict[str, Any], token: str | None = None) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    answer = client.post(url, json={"query": query, "variables": variables}, headers=headers).json()
    if "errors" in answer:
        raise SystemExit(f"bench: mutation_mix setup failed: {answer['errors']}")
    return answer["data"]


def _sign_in(client: httpx.Client, url: str, n: int) -> str:
    name = f"bench_writer_{n}"
    data = _call(client, url, REGISTER, {"username": name, "email": f"{name}@bench.invalid", "password": PASSWORD})
    if data["register"]["token"]:
        return data["register"]["token"]
    data = _call(client, url, LOGIN, {"name": name, "password": PASSWORD})  # registered by an earlier run
    if not data["login"]["token"]:
        raise SystemExit(f"bench: mutation_mix cannot sign in {name}: {data['login']['errors']}")
    return data["login"]["token"]


def _own_script(client: httpx.Client, url: str, token: str, n: int) -> str:
    content = f"# bench writer {n}'s script\nGet-Service | Where-Object Status -eq 'Running'\n"
    data = _call(client, url, CREATE, {"title": f"Bench writer {n}", "content": content}, token)["createScript"]
    return data["script"]["id"]  # a rerun gets its earlier script back as a duplicate


async def variables(conn: asyncpg.Connection, graphql_url: str) -> list[dict[str, Any]]:
    """One cycle per user, interleaved so consecutive requests come from different users."""
    url = f"{graphql_url}/graphql"
    with httpx.Client(timeout=60) as client:
        writers = [(token, _own_script(client, url, token, n)) for n in range(USERS) for token in [_sign_in(client, url, n)]]
    public = [row["id"] for row in await conn.fetch(
        "SELECT id FROM scripts WHERE is_public AND deleted_at IS NULL ORDER BY id LIMIT 200")]
    cycles: list[list[dict[str, Any]]] = []
    for n, (token, own) in enumerate(writers):
        bodies: list[dict[str, Any]] = []
        pick = iter(public[(n * 17 + i * 7) % len(public)] for i in range(100))
        for operation, count in MIX:
            for _ in range(count):
                bodies.append({"__operation": operation, "__token": token, **_variables(operation, own, next(pick))})
        cycles.append(bodies)
    return [body for step in zip(*cycles) for body in step]


def _variables(operation: str, own: str, other: int) -> dict[str, Any]:
    if operation == "CreateScript":
        return {"__query": CREATE, "title": "Bench script __N__", "content": CONTENT}
    if operation == "UpdateScript":
        return {"__query": UPDATE, "id": own, "title": "Bench writer's script __N__", "description": "edited __N__"}
    if operation == "AddComment":
        return {"__query": COMMENT, "scriptId": global_id("Script", other), "content": "Useful, thanks (__N__)"}
    if operation == "FavoriteScript":
        return {"__query": FAVORITE, "scriptId": global_id("Script", other)}
    return {"__query": EXECUTION, "scriptId": global_id("Script", other), "ms": 1234.5}


SIGNED_IN_SQL = """
SELECT s.user_id, u.username FROM auth_sessions s JOIN users u ON u.id = s.user_id
WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
"""
VISIBLE_SQL = """
SELECT id FROM scripts WHERE id = $1 AND deleted_at IS NULL AND (is_public OR author_id = $2) FOR KEY SHARE
"""
INSERT_SCRIPT_SQL = """
INSERT INTO scripts (title, content, author_id, version, is_public, file_hash)
VALUES ($1, $2, $3, 1, true, $4) RETURNING id, title, version, is_public, created_at
"""
INSERT_VERSION_SQL = """
INSERT INTO script_versions (script_id, version, title, content, file_hash, commit_message, author_id)
VALUES ($1, 1, $2, $3, $4, 'Initial version', $5)
"""
TAG_SQL = """
WITH new AS (INSERT INTO tags (name) SELECT unnest($2::text[]) ON CONFLICT (name) DO NOTHING RETURNING id, name),
     every AS (SELECT id, name FROM new UNION SELECT id, name FROM tags WHERE name = ANY($2::text[]))
INSERT INTO script_tags (script_id, tag_id) SELECT $1, id FROM every RETURNING tag_id
"""
UPDATE_SQL = """
UPDATE scripts SET title = $3, description = $4 WHERE id = $1 AND author_id = $2 AND deleted_at IS NULL
RETURNING id, title, description, version, updated_at
"""
COMMENT_SQL = "INSERT INTO comments (script_id, author_id, content) VALUES ($1, $2, $3) RETURNING id, content, created_at"
FAVORITE_SQL = """
WITH added AS (INSERT INTO user_favorites (user_id, script_id) VALUES ($2, $1) ON CONFLICT DO NOTHING RETURNING 1)
SELECT (SELECT count(*) FROM user_favorites WHERE script_id = $1) + (SELECT count(*) FROM added)
"""
EXECUTION_SQL = """
WITH log AS (
    INSERT INTO execution_logs (script_id, user_id, status, execution_time_ms) VALUES ($1, $2, 'success', $3)
    RETURNING id, status, execution_time_ms
), stats AS (
    UPDATE scripts SET execution_count = execution_count + 1, last_executed_at = now(),
           average_execution_time_ms = CASE WHEN average_execution_time_ms IS NULL THEN $3
               ELSE (average_execution_time_ms * execution_count + $3) / (execution_count + 1) END
    WHERE id = $1 RETURNING execution_count
)
SELECT log.id, log.status, log.execution_time_ms, stats.execution_count FROM log, stats
"""


def _id(value: str) -> int:
    """The row id of a Relay global ID ("Type:id", base64)."""
    return int(base64.b64decode(value).decode().split(":", 1)[1])


async def floor(conn: asyncpg.Connection, variables: dict[str, Any]) -> dict[str, Any]:
    token_hash = hashlib.sha256(variables["__token"].encode()).hexdigest()
    operation = variables["__operation"]
    async with conn.transaction():
        viewer = await conn.fetchrow(SIGNED_IN_SQL, token_hash)
        if viewer is None:
            raise PermissionError("not signed in")
        me = viewer["user_id"]
        author = user(me, viewer["username"])
        errors: list[Any] = []
        if operation == "CreateScript":
            content = variables["content"]
            file_hash = hashlib.sha256(content.encode()).hexdigest()
            row = await conn.fetchrow(INSERT_SCRIPT_SQL, variables["title"], content, me, file_hash)
            await conn.execute(INSERT_VERSION_SQL, row["id"], row["title"], content, file_hash, me)
            await conn.fetch(TAG_SQL, row["id"], TAGS)
            script = {"id": global_id("Script", row["id"]), "title": row["title"], "version": row["version"],
                      "isPublic": row["is_public"], "createdAt": iso(row["created_at"]), "author": author,
                      "tags": [{"name": name} for name in sorted(TAGS)]}
            return {"data": {"createScript": {"errors": errors, "script": script, "duplicateOf": None}}}
        if operation == "UpdateScript":
            row = await conn.fetchrow(UPDATE_SQL, _id(variables["id"]), me, variables["title"], variables["description"])
            script = {"id": global_id("Script", row["id"]), "title": row["title"], "description": row["description"],
                      "version": row["version"], "updatedAt": iso(row["updated_at"])}
            return {"data": {"updateScript": {"errors": errors, "script": script}}}
        script_id = _id(variables["scriptId"])
        if await conn.fetchval(VISIBLE_SQL, script_id, me) is None:
            raise LookupError("script not visible")
        if operation == "AddComment":
            row = await conn.fetchrow(COMMENT_SQL, script_id, me, variables["content"])
            comment = {"id": global_id("Comment", row["id"]), "content": row["content"],
                       "createdAt": iso(row["created_at"]), "author": author}
            return {"data": {"addComment": {"errors": errors, "comment": comment}}}
        if operation == "FavoriteScript":
            count = await conn.fetchval(FAVORITE_SQL, script_id, me)
            return {"data": {"favoriteScript": {"errors": errors, "script": {"id": global_id("Script", script_id), "favoriteCount": count}}}}
        row = await conn.fetchrow(EXECUTION_SQL, script_id, me, variables["ms"])
        # The log goes back to whoever recorded it (the runner sees their own run's details).
        log = {"id": global_id("ExecutionLog", row["id"]), "status": row["status"].upper(),
               "executionTimeMs": row["execution_time_ms"]}
        return {"data": {"recordExecution": {"errors": errors, "script": {"id": global_id("Script", script_id),
                                                                          "executionCount": row["execution_count"]},
                                             "executionLog": log}}}


WORKLOAD = Workload(
    name="mutation_mix",
    title=f"signed-in writes, {USERS} users: createScript 1 : updateScript 2 : addComment 4 : favoriteScript 2 : recordExecution 3",
    query=CREATE,
    variables=variables,  # type: ignore[arg-type]  # signed in: also given the GraphQL URL
    floor=floor,
    compare=same_shape,
    signed_in=True,
    cacheable=False,
    floor_note="shape compared, not values; the floor queues no analysis job for createScript",
)
