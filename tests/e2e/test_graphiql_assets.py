"""What a browser meets first: `/` leads to GraphiQL, whose large scripts arrive gzipped and cacheable."""

from __future__ import annotations

import re
from collections.abc import Iterator

import httpx
import pytest

from psscript_graphql.graphiql.assets import VENDOR_DIR
from tests.support.server import ServerProcess


@pytest.fixture(scope="module")
def server(module_database: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    process = ServerProcess({"DATABASE_URL": module_database}, log_dir=tmp_path_factory.mktemp("graphiql")).start()
    yield process
    process.stop()


def asset_urls(server: ServerProcess) -> list[str]:
    page = httpx.get(f"{server.base_url}/graphql", headers={"Accept": "text/html"}).text
    return re.findall(r'(?:src|href)="(/graphiql/vendor/[^"]+)"', page)


def test_the_root_redirects_to_graphql(server: ServerProcess) -> None:
    response = httpx.get(f"{server.base_url}/")
    assert response.status_code == 302 and response.headers["location"] == "/graphql"
    followed = httpx.get(f"{server.base_url}/", headers={"Accept": "text/html"}, follow_redirects=True)
    assert followed.status_code == 200 and "graphiql" in followed.text.lower()


def test_every_script_and_stylesheet_of_the_page_is_served_gzipped_and_immutable(server: ServerProcess) -> None:
    urls = asset_urls(server)
    assert len(urls) == 6 and all(re.fullmatch(r"/graphiql/vendor/[0-9a-f]{12}/[\w.-]+", url) for url in urls)
    for url in urls:
        response = httpx.get(f"{server.base_url}{url}", headers={"Accept-Encoding": "gzip"})
        assert response.status_code == 200
        assert response.headers["content-encoding"] == "gzip"
        assert response.headers["cache-control"] == "public, max-age=31536000, immutable"
        assert "Accept-Encoding" in [part.strip() for part in response.headers["vary"].split(",")]
        assert response.content == (VENDOR_DIR / url.rsplit("/", 1)[1]).read_bytes()  # httpx decoded the gzip
    graphiql = next(url for url in urls if url.endswith("graphiql.min.js"))
    raw = httpx.get(f"{server.base_url}{graphiql}", headers={"Accept-Encoding": "gzip"}).headers["content-length"]
    assert int(raw) < (VENDOR_DIR / "graphiql.min.js").stat().st_size / 3


def test_assets_revalidate_and_go_uncompressed_to_clients_without_gzip(server: ServerProcess) -> None:
    url = f"{server.base_url}{asset_urls(server)[0]}"
    plain = httpx.get(url, headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers
    assert httpx.get(url, headers={"If-None-Match": plain.headers["etag"]}).status_code == 304
    # A page cached before an upgrade asks for an older version: it gets the file, not a year of caching.
    stale = re.sub(r"/vendor/[0-9a-f]{12}/", "/vendor/000000000000/", url)
    answer = httpx.get(stale)
    assert answer.status_code == 200 and answer.headers["cache-control"] == "no-cache"
    assert httpx.get(f"{server.base_url}/graphiql/vendor/{'0' * 12}/nothing.js").status_code == 404
