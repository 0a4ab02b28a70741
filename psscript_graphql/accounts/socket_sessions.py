"""Open websockets end with their session: logout, logoutAll, a password change (which signs
out the other sessions), a role change or the token's expiry close them with 4403.

Each process keeps its signed-in sockets by session id and, every WS_SESSION_CHECK_S seconds
while it has any, asks the database which of those sessions are still valid and with which role
— one statement per process, however many sockets it serves. The database is the truth every
replica shares, so a logout on one replica closes the sockets of another within one interval,
with or without Redis; expiry and revocations made outside the API are seen the same way. A
session-ending mutation checks at once (`sessions_changed`): in this process, and with Redis
in every replica, through a pub/sub channel each watching process listens on.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Protocol

from redis.asyncio import Redis
from redis.exceptions import RedisError
from sqlalchemy import func, select

from psscript_graphql.core.permissions import Viewer
from psscript_graphql.db import models
from psscript_graphql.db.session import Database

log = logging.getLogger(__name__)

SESSION_ENDED_CODE = 4403
CHANNEL = "psscript:sessions:changed"
RECONNECT_DELAY_S = 1.0


class SignedInSocket(Protocol):
    async def end_session(self) -> None:
        """Stop every operation and close the socket with 4403."""
        ...


_VALID_SESSIONS = (
    select(models.AuthSession.id, models.User.role)
    .join(models.User, models.User.id == models.AuthSession.user_id)
    .where(models.AuthSession.revoked_at.is_(None), models.AuthSession.expires_at > func.now())
)


class SessionWatch:
    def __init__(self, db: Database, interval_s: float, redis: Redis | None = None) -> None:
        self._db, self._interval_s, self._redis = db, interval_s, redis
        self._sockets: dict[SignedInSocket, tuple[int, str]] = {}  # socket → (session id, role at sign-in)
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._listener: asyncio.Task[None] | None = None

    def watch(self, viewer: Viewer, socket: SignedInSocket) -> None:
        assert viewer.session_id is not None
        self._sockets[socket] = (viewer.session_id, viewer.role)
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._run(), name="websocket-session-watch")
        if self._redis is not None and self._listener is None:
            self._listener = asyncio.create_task(self._listen(self._redis), name="websocket-session-listener")

    def forget(self, socket: SignedInSocket) -> None:
        self._sockets.pop(socket, None)

    async def sessions_changed(self) -> None:
        """A session may have ended: check now, here and in every replica, not at the next interval."""
        self._wake.set()
        if self._redis is not None:
            try:
                await self._redis.publish(CHANNEL, "1")
            except (RedisError, OSError) as error:  # the other replicas' interval check still comes
                log.warning("could not announce a session change (%s)", error)

    async def close(self) -> None:
        for task in (self._task, self._listener):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task

    async def _listen(self, redis: Redis) -> None:
        """Wake the check whenever any replica announces a session change."""
        pubsub = redis.pubsub()
        try:
            while True:
                try:
                    if not pubsub.subscribed:
                        await pubsub.subscribe(CHANNEL)
                    message = await pubsub.get_message(ignore_subscribe_messages=True, timeout=1.0)
                except (RedisError, OSError) as error:
                    log.warning("session change channel lost (%s); reconnecting", error)
                    await asyncio.sleep(RECONNECT_DELAY_S)
                    continue
                if message is not None and message.get("type") == "message":
                    self._wake.set()
        finally:
            with contextlib.suppress(RedisError, OSError):
                await pubsub.aclose()

    async def _run(self) -> None:
        while self._sockets:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self._interval_s)
            self._wake.clear()
            try:
                await self.check()
            except Exception:  # noqa: BLE001 — a database hiccup must not end the watch; the next round retries
                log.warning("websocket session check failed; retrying in %g s", self._interval_s, exc_info=True)

    async def check(self) -> None:
        """Close the sockets whose session is revoked or expired, or whose user's role changed."""
        watched = dict(self._sockets)
        if not watched:
            return
        ids = sorted({session_id for session_id, _ in watched.values()})
        async with self._db.statements() as connection:
            valid = dict((await connection.execute(_VALID_SESSIONS.where(models.AuthSession.id.in_(ids)))).all())
        for socket, (session_id, role) in watched.items():
            if valid.get(session_id) != role:
                self.forget(socket)
                await socket.end_session()
