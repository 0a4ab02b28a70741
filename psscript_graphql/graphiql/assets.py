"""GraphiQL served from this package: the page and its vendored scripts (no CDN needed).

The scripts are large (graphiql.min.js alone is 3.5 MB, 0.7 MB gzipped), so each is gzipped
once, on first use, and kept in memory; clients that accept gzip get the compressed bytes. Their URLs carry a
fingerprint of the vendored files (`/graphiql/vendor/<version>/graphiql.min.js`), so a browser
may keep them for a year: new files mean a new URL in the page.
"""

from __future__ import annotations

import asyncio
import gzip
import hashlib
import mimetypes
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

_HERE = Path(__file__).parent
VENDOR_DIR = _HERE / "vendor"
VENDOR_URL = "/graphiql/vendor"
IMMUTABLE = "public, max-age=31536000, immutable"


@dataclass(frozen=True)
class Asset:
    name: str
    body: bytes
    media_type: str
    etag: str


def _media_type(path: Path) -> str:
    guessed = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return f"{guessed}; charset=utf-8" if guessed.startswith("text/") or guessed.endswith("javascript") else guessed


@cache
def vendor_assets() -> dict[str, Asset]:
    assets = {}
    for path in sorted(VENDOR_DIR.iterdir()):
        if path.is_file():
            body = path.read_bytes()
            assets[path.name] = Asset(
                name=path.name, body=body, media_type=_media_type(path), etag=hashlib.sha256(body).hexdigest()[:20]
            )
    return assets


@cache
def gzipped(name: str) -> bytes:
    # mtime=0: the same bytes on every run and every replica.
    return gzip.compress(vendor_assets()[name].body, compresslevel=6, mtime=0)


@cache
def assets_version() -> str:
    digest = hashlib.sha256()
    for name, asset in vendor_assets().items():
        digest.update(f"{name}:{asset.etag};".encode())
    return digest.hexdigest()[:12]


@cache
def graphiql_html() -> str:
    page = (_HERE / "page.html").read_text(encoding="utf-8")
    return page.replace(f"{VENDOR_URL}/", f"{VENDOR_URL}/{assets_version()}/")


async def vendor_file(request: Request) -> Response:
    """`/graphiql/vendor/{version}/{name}`: gzipped when accepted; immutable under the current version
    (an older page's URL still gets the file, revalidated each time)."""
    asset = vendor_assets().get(request.path_params["name"])
    if asset is None:
        return PlainTextResponse("Not Found", status_code=404)
    current = request.path_params["version"] == assets_version()
    headers = {"ETag": f'"{asset.etag}"', "Cache-Control": IMMUTABLE if current else "no-cache", "Vary": "Accept-Encoding"}
    if f'"{asset.etag}"' in request.headers.get("if-none-match", ""):
        return Response(status_code=304, headers=headers)
    if "gzip" in request.headers.get("accept-encoding", "").lower():
        body = await asyncio.to_thread(gzipped, asset.name)  # once per file and process: ~0.2 s for the largest
        return Response(body, media_type=asset.media_type, headers={**headers, "Content-Encoding": "gzip"})
    return Response(asset.body, media_type=asset.media_type, headers=headers)
