"""`GET /scripts/{id}/raw[?version=N]`: a script's content as a .ps1 file.

The same bearer authentication, rate limit and visibility as GraphQL: a script you may not see
is a 404, exactly like one that does not exist. `{id}` is the numeric id (what `rawUrl` gives)
or the Script's global ID. The answer is UTF-8 text whatever encoding the upload had, with the
content's SHA-256 (`fileHash`) as a strong ETag, so `If-None-Match` revalidates for free (304).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import quote

from sqlalchemy import select
from starlette.requests import Request
from starlette.responses import Response
from strawberry import relay

from psscript_graphql.core.errors import ErrorCode
from psscript_graphql.core.http_edge import EdgeError
from psscript_graphql.core.permissions import Viewer
from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from psscript_graphql.scripts.visibility import visible_scripts

MAX_FILENAME_CHARS = 100
_UNSAFE_ASCII = re.compile(r"[^A-Za-z0-9._ ()-]+")
_UNSAFE_ANY = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|;]+')
# The response depends on who asks (private scripts) and changes with every version: caches
# must revalidate, and shared caches must not keep it.
_CACHE_HEADERS = {"Cache-Control": "private, no-cache", "Vary": "Authorization"}


def parse_script_id(raw: str) -> int:
    """A numeric id, or a Script's global ID; EdgeError 400 for anything else."""
    if raw.isdigit() and len(raw) < 19:
        return int(raw)
    try:
        global_id = relay.GlobalID.from_id(raw)
    except Exception:  # noqa: BLE001 — strawberry raises several types for undecodable IDs
        global_id = None
    if global_id is None or global_id.type_name != "Script" or not (global_id.node_id.isdigit() and len(global_id.node_id) < 19):
        raise EdgeError(400, f"{raw!r} is not a script ID: use the numeric id of `rawUrl` or a Script's global ID.")
    return int(global_id.node_id)


def parse_version(raw: str | None) -> int | None:
    if raw is None:
        return None
    if not (raw.isdigit() and 1 <= len(raw) < 10 and int(raw) >= 1):
        raise EdgeError(400, f"`version` must be a version number (1, 2, …), got {raw!r}.")
    return int(raw)


def content_disposition(title: str) -> str:
    """`attachment` with a safe ASCII `filename` and, for other titles, the UTF-8 `filename*`."""
    stem = re.sub(r"\.ps1$", "", title.strip(), flags=re.IGNORECASE)
    ascii_stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
    ascii_name = _UNSAFE_ASCII.sub("_", ascii_stem).strip(" ._")[:MAX_FILENAME_CHARS] or "script"
    header = f'attachment; filename="{ascii_name}.ps1"'
    unicode_name = _UNSAFE_ANY.sub("_", stem).strip(" ._")[:MAX_FILENAME_CHARS]
    if unicode_name and unicode_name != ascii_name:
        header += f"; filename*=UTF-8''{quote(unicode_name + '.ps1', safe='')}"
    return header


def etag_matches(if_none_match: str | None, etag: str) -> bool:
    """RFC 9110 If-None-Match: `*`, or any listed tag equal under weak comparison."""
    if not if_none_match:
        return False
    tags = [tag.strip() for tag in if_none_match.split(",")]
    return any(tag == "*" or tag.removeprefix("W/") == etag for tag in tags)


async def find_download(db: Database, viewer: Viewer, script_id: int, version: int | None) -> Any:
    """(title, content, file_hash) of the script or one of its versions, if the viewer sees it."""
    visible = visible_scripts(viewer, include_deleted=True)  # admins also reach deleted scripts, as by ID
    if version is None:
        Script = models.Script
        stmt = select(Script.title, Script.content, Script.file_hash).where(Script.id == script_id, visible)
    else:
        Version = models.ScriptVersion
        stmt = (
            select(Version.title, Version.content, Version.file_hash)
            .join(models.Script, models.Script.id == Version.script_id)
            .where(Version.script_id == script_id, Version.version == version, visible)
        )
    async with db.read() as session:
        return (await session.execute(stmt)).first()


class RawScriptEndpoint:
    """The Starlette endpoint; `authenticate` is /graphql's (graphql_app.PSScriptGraphQL)."""

    def __init__(self, db: Database, authenticate: Callable[[Request], Awaitable[Viewer]]) -> None:
        self._db, self._authenticate = db, authenticate

    async def get(self, request: Request) -> Response:
        try:
            script_id = parse_script_id(request.path_params["id"])
            version = parse_version(request.query_params.get("version"))
            viewer = await self._authenticate(request)
        except EdgeError as error:
            return Response(error.body(), status_code=error.status, media_type="application/json", headers=error.headers)
        found = await find_download(self._db, viewer, script_id, version)
        if found is None:
            what = "script" if version is None else f"version {version} of a script"
            error = EdgeError(404, f"No {what} with this ID that you may see.", code=ErrorCode.NOT_FOUND.value)
            return Response(error.body(), status_code=404, media_type="application/json")
        title, content, file_hash = found
        etag = f'"{file_hash}"'
        headers = {"ETag": etag, **_CACHE_HEADERS}
        if etag_matches(request.headers.get("if-none-match"), etag):
            return Response(status_code=304, headers=headers)
        headers["Content-Disposition"] = content_disposition(title)
        return Response(content.encode(), media_type="text/plain; charset=utf-8", headers=headers)
