"""The floor: each workload's data fetched by hand-written asyncpg SQL, served by bare Starlette.

`POST /floor/<workload>` takes the same body as `/graphql` (only `variables` is read) and
answers the JSON the GraphQL server must produce. It runs under the same uvicorn flags and
worker count as the GraphQL server, with an asyncpg pool of the same size (DB_POOL_MAX).
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

import asyncpg
import orjson
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from bench.workloads.registry import WORKLOADS
from psscript_graphql.config import Settings
from psscript_graphql.db.urls import async_url


def _connect_kwargs(url: str) -> dict[str, object]:
    parsed = async_url(url)
    kwargs: dict[str, object] = {"user": parsed.username, "database": parsed.database}
    if parsed.password:
        kwargs["password"] = parsed.password
    kwargs["host"] = parsed.query.get("host") or parsed.host
    if parsed.port:
        kwargs["port"] = parsed.port
    return kwargs


def create_app() -> Starlette:
    settings = Settings.from_env()
    if not settings.database_url:
        raise RuntimeError("the floor needs DATABASE_URL")
    state: dict[str, asyncpg.Pool] = {}

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        state["pool"] = await asyncpg.create_pool(
            **_connect_kwargs(settings.database_url),  # type: ignore[arg-type]
            min_size=settings.db_pool_min,
            max_size=settings.db_pool_max,
        )
        yield
        await state["pool"].close()

    async def serve(request: Request) -> Response:
        workload = WORKLOADS.get(request.path_params["name"])
        if workload is None or workload.floor is None:
            return JSONResponse({"error": "no such floor"}, status_code=404)
        body = orjson.loads(await request.body())
        variables = body.get("variables") or {}
        if workload.signed_in:
            authorization = request.headers.get("authorization", "")
            variables = {**variables, "__token": authorization.removeprefix("Bearer ").strip(),
                         "__operation": body.get("operationName")}
        async with state["pool"].acquire() as conn:
            data = await workload.floor(conn, variables)
        return Response(orjson.dumps(data), media_type="application/json")

    async def healthz(request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    return Starlette(
        routes=[Route("/floor/{name}", serve, methods=["POST"]), Route("/healthz", healthz)], lifespan=lifespan
    )
