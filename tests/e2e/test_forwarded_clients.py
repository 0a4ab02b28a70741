"""Behind a proxy the client is the client: X-Forwarded-For counts only from FORWARDED_ALLOW_IPS.

Rate limits (one request per client here) show whom the server takes the client to be.
"""

from __future__ import annotations

from pathlib import Path

import httpx

from tests.support.server import ServerProcess

ONE_PER_CLIENT = {"RATE_LIMIT_PER_MINUTE": "1", "RATE_LIMIT_BURST": "1"}
QUERY = {"query": "{ __typename }"}


def status_from(server: ServerProcess, forwarded_for: str) -> int:
    return httpx.post(f"{server.base_url}/graphql", json=QUERY, headers={"X-Forwarded-For": forwarded_for}).status_code


def test_by_default_a_proxy_on_either_loopback_address_is_trusted(module_database: str, tmp_path: Path) -> None:
    # uvicorn on its own trusts 127.0.0.1 only; a proxy on the same host may well connect over ::1.
    server = ServerProcess({"DATABASE_URL": module_database, **ONE_PER_CLIENT, "HOST": "::1"}, log_dir=tmp_path)
    server.base_url = f"http://[::1]:{server.port}"
    try:
        server.start()
        assert [status_from(server, "203.0.113.7"), status_from(server, "203.0.113.8")] == [200, 200]
        assert status_from(server, "203.0.113.7") == 429
    finally:
        server.stop()


def test_a_trusted_proxy_s_forwarded_client_is_the_client(module_database: str, tmp_path: Path) -> None:
    server = ServerProcess({"DATABASE_URL": module_database, **ONE_PER_CLIENT, "FORWARDED_ALLOW_IPS": "127.0.0.1"}, log_dir=tmp_path)
    try:
        server.start()
        # Two clients behind the same proxy: each has its own allowance.
        assert [status_from(server, "203.0.113.7"), status_from(server, "203.0.113.8")] == [200, 200]
        assert status_from(server, "203.0.113.7") == 429
    finally:
        server.stop()


def test_forwarded_headers_from_an_untrusted_peer_are_ignored(module_database: str, tmp_path: Path) -> None:
    server = ServerProcess({"DATABASE_URL": module_database, **ONE_PER_CLIENT, "FORWARDED_ALLOW_IPS": "10.9.9.9"}, log_dir=tmp_path)
    try:
        server.start()
        # The peer (127.0.0.1) is not the proxy: a forged header does not buy a second allowance.
        assert [status_from(server, "203.0.113.7"), status_from(server, "203.0.113.8")] == [200, 429]
    finally:
        server.stop()
