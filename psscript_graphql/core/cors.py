"""Cross-origin access for browser frontends: CORS on HTTP, an Origin check on websocket upgrades.

HTTP goes through Starlette's CORSMiddleware with exact origins (`Settings.cors_origins`). The
API authenticates with bearer tokens, never cookies, so credentials are not allowed and a page
on a listed origin gets nothing it could not get with the token anyway.

Browsers do not apply CORS to websockets: they send `Origin` and connect wherever they are
told. Strawberry's view refuses (HTTP 403) an upgrade whose `Origin` is neither in the same
list (`allowed_origins`, set in graphql_app.py) nor this server's own (GraphiQL's page); clients
that are not browsers send no `Origin` and are not affected.
"""

from __future__ import annotations

from collections.abc import Iterable

from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware

# What our clients send beyond the CORS-safelisted headers: bearer tokens, JSON bodies, the
# request id, Apollo's client identification and CSRF-prevention headers (the upload link
# needs one of them), and If-None-Match for downloads.
ALLOWED_HEADERS = (
    "Authorization",
    "Content-Type",
    "X-Request-ID",
    "Apollo-Require-Preflight",
    "X-Apollo-Operation-Name",
    "Apollographql-Client-Name",
    "Apollographql-Client-Version",
    "If-None-Match",
)
# Response headers a frontend may read besides the safelisted ones.
EXPOSED_HEADERS = ("X-Request-ID", "Retry-After", "ETag", "Content-Disposition", "WWW-Authenticate")
PREFLIGHT_MAX_AGE_S = 600


def cors_middleware(origins: Iterable[str]) -> Middleware:
    """Starlette's CORS middleware for these exact origins."""
    return Middleware(
        CORSMiddleware,
        allow_origins=tuple(origins),
        allow_methods=("GET", "POST"),
        allow_headers=ALLOWED_HEADERS,
        expose_headers=EXPOSED_HEADERS,
        allow_credentials=False,
        max_age=PREFLIGHT_MAX_AGE_S,
    )
