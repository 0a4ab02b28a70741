"""The HTTP edge in front of Strawberry: every malformed request ends as a 4xx with a
GraphQL-shaped body, never a 500 or a hung worker.

- bodies larger than MAX_BODY_BYTES → 413, checked on Content-Length and while streaming;
- a client that stalls while sending its body → 408 after BODY_TIMEOUT seconds;
- content types other than JSON or multipart/form-data (uploads) on POST → 415;
- multipart/form-data without a header a plain HTML form cannot send (CSRF) → 400;
- invalid JSON, invalid UTF-8, integers beyond 64 bits, nesting deeper than MAX_JSON_DEPTH → 400.
"""

from __future__ import annotations

import asyncio
from typing import Any

import orjson
from starlette.requests import Request
from starlette.types import Message, Receive

from psscript_graphql.core.errors import ErrorCode

MAX_JSON_DEPTH = 64
JSON_TYPES = ("application/json", "application/graphql-response+json")
MULTIPART_TYPE = "multipart/form-data"
# A browser sends a multipart POST from a plain HTML form to any site without asking; custom
# headers need a CORS preflight, which other origins fail. Apollo Server and Router require one
# of these two on multipart requests; Apollo's and other upload clients send them.
PREFLIGHT_HEADERS = ("apollo-require-preflight", "x-apollo-operation-name")


class EdgeError(Exception):
    """A request refused at the HTTP layer; rendered as `{"errors": [...]}` with `status`."""

    def __init__(self, status: int, message: str, *, code: str | None = None, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status, self.message, self.headers = status, message, headers or {}
        self.code = code or (ErrorCode.BAD_USER_INPUT.value if status < 500 else ErrorCode.INTERNAL_SERVER_ERROR.value)

    def body(self) -> bytes:
        return orjson.dumps({"errors": [{"message": self.message, "extensions": {"code": self.code}}]})


def check_content_type(request: Request) -> None:
    if request.method != "POST":
        return
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type == MULTIPART_TYPE:
        if not any(request.headers.get(name, "").strip() for name in PREFLIGHT_HEADERS):
            raise EdgeError(
                400,
                "A multipart request must carry a non-empty `Apollo-Require-Preflight` (or `X-Apollo-Operation-Name`) "
                "header, so that a plain HTML form on another site cannot send it (CSRF).",
                code="CSRF_PREFLIGHT_REQUIRED",
            )
        return
    if media_type not in JSON_TYPES:
        raise EdgeError(
            415,
            f"Send GraphQL requests as application/json (or multipart/form-data with files), "
            f"not {media_type or 'a body without a content type'}.",
            code="UNSUPPORTED_MEDIA_TYPE",
        )


async def read_body(request: Request, *, max_bytes: int, timeout: float) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise EdgeError(400, "Content-Length must be a number.")
        if int(declared) > max_bytes:
            raise _too_large(max_bytes)
    chunks: list[bytes] = []
    size = 0
    try:
        async with asyncio.timeout(timeout):
            async for chunk in request.stream():
                size += len(chunk)
                if size > max_bytes:
                    raise _too_large(max_bytes)
                chunks.append(chunk)
    except TimeoutError:
        raise EdgeError(408, f"The request body did not arrive within {timeout:g} seconds.", code="REQUEST_TIMEOUT") from None
    return b"".join(chunks)


def _too_large(max_bytes: int) -> EdgeError:
    return EdgeError(413, f"The request body is larger than {max_bytes} bytes.", code="PAYLOAD_TOO_LARGE")


def replay(body: bytes) -> Receive:
    """An ASGI `receive` that hands `body` (already read and checked) to the app behind us."""
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive


def decode_json(data: str | bytes) -> Any:
    """A JSON object (or a batch: a list of objects). orjson rejects invalid UTF-8 and integers
    beyond 64 bits itself; we bound the nesting and the shape."""
    try:
        value = orjson.loads(data)
    except orjson.JSONDecodeError as error:
        raise EdgeError(400, f"The request body is not valid JSON: {error}.") from None
    depth, valid_text = _inspect(value)
    if depth > MAX_JSON_DEPTH:
        raise EdgeError(400, f"The JSON is nested deeper than {MAX_JSON_DEPTH} levels.")
    if not valid_text:
        # "\ud800" is valid JSON but not text; PostgreSQL would refuse it deep inside a resolver.
        raise EdgeError(400, "The JSON contains a lone UTF-16 surrogate escape; strings must be valid Unicode.")
    is_batch = isinstance(value, list) and value and all(isinstance(item, dict) for item in value)
    if not (isinstance(value, dict) or is_batch):
        raise EdgeError(400, "A GraphQL request is a JSON object (or a non-empty list of them for a batch).")
    return value


def _inspect(value: Any) -> tuple[int, bool]:
    """Nesting depth, and whether every string (keys too) is valid Unicode. Iterative, so
    hostile nesting cannot exhaust the stack."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, str):
            if not _is_text(node):
                return deepest, False
            continue
        if isinstance(node, dict):
            children: Any = [*node.keys(), *node.values()]
        elif isinstance(node, list):
            children = node
        else:
            continue
        deepest = max(deepest, depth)
        if deepest > MAX_JSON_DEPTH:
            return deepest, True
        stack.extend((child, depth + 1) for child in children)
    return deepest, True


def _is_text(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
