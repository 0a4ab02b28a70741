"""docker-compose.yml, the Dockerfile and nginx.conf agree with each other, the CLI and docs/configuration.md."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

from psscript_graphql.cli import build_parser
from psscript_graphql.config import Settings

ROOT = Path(__file__).resolve().parents[2]
APP_SERVICES = ("api", "worker")
# Documented variables the compose file leaves at their defaults, and why.
NOT_SET_IN_COMPOSE = {
    "DATABASE_READ_URL": "no read replica in the example topology",
    "PSSCRIPT_DATA_DIR": "only for the embedded PostgreSQL, which a deployment does not use",
    "EMBEDDING_BASE_URL": "only for EMBEDDING_PROVIDER=openai",
    "EMBEDDING_API_KEY": "only for EMBEDDING_PROVIDER=openai; a secret",
    "EMBEDDING_MODEL": "only for EMBEDDING_PROVIDER=openai",
    "EMBEDDING_TIMEOUT": "only for EMBEDDING_PROVIDER=openai",
    "PROMETHEUS_MULTIPROC_DIR": "each replica is one process; `serve --workers N` sets it itself",
    "ANALYSIS_STAGE_DELAY_MS": "tests only: slows analysis stages so a test can kill a worker mid-job",
    "CACHE_ENABLED": "on by default; off only to debug or to benchmark execution",
    "SERVE_RUNS_ANALYSES": "with REDIS_URL the default (no) is right: the worker service runs analyses",
    "COMPILED_READS": "on by default; off only to debug or as the differential test's reference",
    "COMPILED_PLAN_CACHE_SIZE": "the default suits the example's handful of frontend documents",
    "HEADER_TIMEOUT": "nginx's client_header_timeout drops stalled headers in front of the API",
    "SIGNIN_RATE_PER_MINUTE": "the defaults are the OWASP-style throttle a deployment wants",
    "SIGNIN_RATE_BURST": "the defaults are the OWASP-style throttle a deployment wants",
    "SIGNIN_FREE_FAILURES": "the defaults are the OWASP-style throttle a deployment wants",
    "SIGNIN_MAX_DELAY_S": "the defaults are the OWASP-style throttle a deployment wants",
    "WS_SESSION_CHECK_S": "the default (2 s) closes ended sessions' websockets promptly",
    "TRUSTED_DOCUMENTS_FILE": "needs the frontend build's manifest, which the example has none of",
    "ANALYZER_SETTINGS_FILE": "unset: every default rule runs, as PSScriptAnalyzer without a settings file",
    "ANALYZER_INCLUDE_RULES": "unset: every default rule runs",
    "ANALYZER_EXCLUDE_RULES": "unset: no rule is left out",
    "ANALYZER_SEVERITY": "unset: findings of every level are kept",
}


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


@pytest.fixture(scope="module")
def documented() -> set[str]:
    table = (ROOT / "docs" / "configuration.md").read_text()
    return set(re.findall(r"^\| `([A-Z][A-Z0-9_]+)` \|", table, flags=re.MULTILINE))


def resolved(value: object) -> str:
    """A compose value with `${NAME:-default}` interpolated to its default."""
    return re.sub(r"\$\{[A-Z_]+:-([^}]*)\}", r"\1", str(value))


def environment(compose: dict[str, Any], service: str) -> dict[str, str]:
    return {name: resolved(value) for name, value in (compose["services"][service].get("environment") or {}).items()}


def test_the_topology_has_postgres_with_pgvector_redis_api_replicas_and_workers(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert {"postgres", "redis", "api", "worker"} <= services.keys()
    assert services["postgres"]["image"] == "pgvector/pgvector:pg16"
    assert services["redis"]["image"].startswith("redis:7")
    assert services["api"]["deploy"]["replicas"] >= 2
    assert services["worker"]["command"] == ["psscript-graphql", "worker"]
    assert services["worker"]["image"] == services["api"]["image"]
    for service in APP_SERVICES:
        depends = services[service]["depends_on"]
        assert depends["postgres"]["condition"] == depends["redis"]["condition"] == "service_healthy"
        assert "healthcheck" in services["postgres"] and "healthcheck" in services["redis"]


@pytest.mark.parametrize("service", APP_SERVICES)
def test_app_services_run_a_real_cli_command(compose: dict[str, Any], service: str) -> None:
    program, subcommand = compose["services"][service]["command"]
    commands = next(action for action in build_parser()._actions if action.dest == "command")
    assert program == "psscript-graphql" and subcommand in commands.choices  # type: ignore[operator]


def test_every_variable_the_services_set_is_documented(compose: dict[str, Any], documented: set[str]) -> None:
    for service in APP_SERVICES:
        undocumented = environment(compose, service).keys() - documented
        assert not undocumented, f"{service} sets {sorted(undocumented)}, missing from docs/configuration.md"


def test_every_documented_variable_is_set_or_deliberately_left_out(compose: dict[str, Any], documented: set[str]) -> None:
    set_by_services = {name for service in APP_SERVICES for name in environment(compose, service)}
    missing = documented - set_by_services - NOT_SET_IN_COMPOSE.keys()
    assert not missing, f"docs/configuration.md documents {sorted(missing)}: set them in docker-compose.yml or say why not"
    assert NOT_SET_IN_COMPOSE.keys() <= documented  # the exceptions name real variables


@pytest.mark.parametrize("service", APP_SERVICES)
def test_service_settings_are_valid_and_point_at_the_compose_services(compose: dict[str, Any], service: str) -> None:
    env = environment(compose, service)
    settings = Settings.from_env(env)  # raises ConfigError on a bad value
    database = urlsplit(settings.database_url or "")
    postgres = environment(compose, "postgres")
    assert (database.hostname, database.port) == ("postgres", 5432)
    assert (database.username, database.password) == (postgres["POSTGRES_USER"], postgres["POSTGRES_PASSWORD"])
    assert database.path == "/" + postgres["POSTGRES_DB"]
    assert urlsplit(settings.redis_url or "").hostname == "redis"
    assert settings.production and settings.log_format == "json"


def test_api_drains_within_the_stop_grace_period_and_the_balancer_reaches_its_port(compose: dict[str, Any]) -> None:
    api = compose["services"]["api"]
    settings = Settings.from_env(environment(compose, "api"))
    assert settings.host == "0.0.0.0"
    grace = int(str(api["stop_grace_period"]).removesuffix("s"))
    assert grace > settings.graceful_shutdown_s
    nginx = (ROOT / "deploy" / "nginx.conf").read_text()
    assert f"server api:{settings.port};" in nginx
    assert "proxy_set_header Upgrade $http_upgrade;" in nginx  # websockets pass through
    mount = compose["services"]["lb"]["volumes"][0].split(":")[0]
    assert (ROOT / mount).resolve() == (ROOT / "deploy" / "nginx.conf").resolve()


def test_dockerfile_runs_as_a_non_root_user_with_a_healthcheck() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text().replace("\\\n", " ")  # continuation lines joined
    assert re.search(r"^FROM python:3\.11-slim\s*$", dockerfile, flags=re.MULTILINE)
    users = re.findall(r"^USER (\S+)", dockerfile, flags=re.MULTILINE)
    assert users and users[-1] not in ("root", "0")
    healthcheck = re.search(r"^HEALTHCHECK .*$", dockerfile, flags=re.MULTILINE)
    assert healthcheck and "/healthz" in healthcheck.group(0)
    assert 'CMD ["psscript-graphql", "serve"]' in dockerfile
    assert "COPY migrations" in dockerfile  # serve migrates at start and needs the revisions


def nginx_directive(nginx: str, name: str) -> str:
    found = re.findall(rf"^\s*{name}\s+([^;]+);", nginx, flags=re.MULTILINE)
    assert len(found) == 1, f"nginx.conf sets {name} {len(found)} times"
    return found[0].strip()


def nginx_size(value: str) -> int:
    """nginx sizes: bytes, or k/m/g for KiB/MiB/GiB."""
    number, unit = re.fullmatch(r"(\d+)([kKmMgG]?)", value).groups()  # type: ignore[union-attr]
    return int(number) * {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}[unit.lower()]


def nginx_seconds(value: str) -> float:
    number, unit = re.fullmatch(r"(\d+)(ms|s|m)?", value).groups()  # type: ignore[union-attr]
    return int(number) * {"ms": 0.001, "s": 1, None: 1, "m": 60}[unit]


def test_nginx_refuses_exactly_what_the_api_refuses_and_answers_like_it(compose: dict[str, Any]) -> None:
    api = Settings.from_env(environment(compose, "api"))
    nginx = (ROOT / "deploy" / "nginx.conf").read_text()
    assert nginx_size(nginx_directive(nginx, "client_max_body_size")) == api.max_body_bytes
    assert nginx_seconds(nginx_directive(nginx, "client_body_timeout")) == api.body_timeout
    # Stalled headers are dropped by nginx (the API never sees a request that has no headers yet).
    assert 0 < nginx_seconds(nginx_directive(nginx, "client_header_timeout")) <= api.body_timeout
    # nginx's own 413 is the API's GraphQL-shaped error, not an HTML page.
    assert nginx_directive(nginx, "error_page") == "413 = @payload_too_large"
    assert f"The request body is larger than {api.max_body_bytes} bytes." in nginx
    assert '"code":"PAYLOAD_TOO_LARGE"' in nginx


def test_the_api_trusts_forwarded_headers_from_the_balancer_s_network_only(compose: dict[str, Any]) -> None:
    api = Settings.from_env(environment(compose, "api"))
    subnet = resolved(compose["networks"]["default"]["ipam"]["config"][0]["subnet"])
    assert api.forwarded_allow_ips == subnet != "*"
    nginx = (ROOT / "deploy" / "nginx.conf").read_text()
    assert nginx_directive(nginx, "proxy_set_header X-Forwarded-For") == "$proxy_add_x_forwarded_for"
