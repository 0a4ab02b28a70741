"""GraphiQL served from this package: the page and its vendored scripts (no CDN needed)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from starlette.staticfiles import StaticFiles

_HERE = Path(__file__).parent
VENDOR_URL = "/graphiql/vendor"


@cache
def graphiql_html() -> str:
    return (_HERE / "page.html").read_text(encoding="utf-8")


def vendor_files() -> StaticFiles:
    return StaticFiles(directory=_HERE / "vendor")
