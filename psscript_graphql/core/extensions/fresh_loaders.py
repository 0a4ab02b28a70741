"""Fresh DataLoaders for every operation on a websocket.

Strawberry keeps one Context per websocket connection, so without this a query sent over a
long-lived socket would be answered from rows loaded by an earlier operation, minutes ago.
HTTP requests get a new Context each time and are left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from starlette.websockets import WebSocket
from strawberry.extensions import SchemaExtension


class FreshLoadersPerOperation(SchemaExtension):
    def on_operation(self) -> Iterator[None]:
        context = self.execution_context.context
        if isinstance(getattr(context, "request", None), WebSocket):
            context.refresh_loaders()
        yield
        context.loaders.release()
