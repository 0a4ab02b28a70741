"""Settings read from the environment — the only module that reads it.

Every variable has a documented default (docs/configuration.md). `Settings.from_env()` is
called once per process; the rest of the code receives the resulting object.
"""

from __future__ import annotations

import ipaddress
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from psscript_graphql.analyzer.settings import AnalyzerSettings, SettingsError, load_settings_file


class ConfigError(ValueError):
    """A variable holds a value we cannot use; the message names it."""


def _int(env: Mapping[str, str], name: str, default: int, *, minimum: int = 0) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, got {raw!r}") from None
    if value < minimum:
        raise ConfigError(f"{name} must be at least {minimum}, got {value}")
    return value


def _number(env: Mapping[str, str], name: str) -> float | None:
    """The variable as a number, None when unset; one line naming it when it is not a number."""
    raw = env.get(name, "").strip()
    if not raw:
        return None
    try:
        return float(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a number, got {raw!r}") from None


def _float(env: Mapping[str, str], name: str, default: float) -> float:
    value = _number(env, name)
    if value is None:
        return default
    if value <= 0:
        raise ConfigError(f"{name} must be positive, got {value}")
    return value


def _similarity(env: Mapping[str, str], name: str, default: float) -> float:
    value = _number(env, name)
    if value is None:
        return default
    if not -1.0 <= value < 1.0:
        raise ConfigError(f"{name} must be at least -1 and below 1, got {value:g}")
    return value


def _bool(env: Mapping[str, str], name: str, default: bool) -> bool:
    raw = env.get(name, "").strip().lower()
    if not raw:
        return default
    if raw in {"1", "true", "yes", "on"}:
        return True
    if raw in {"0", "false", "no", "off"}:
        return False
    raise ConfigError(f"{name} must be true or false, got {raw!r}")


# Where frontends run while developed (create-react-app/Next, Vite dev and preview, Vue CLI,
# Angular): allowed cross-origin by default outside production mode.
DEV_CORS_ORIGINS = tuple(
    f"http://{host}:{port}" for port in (3000, 5173, 4173, 8080, 4200) for host in ("localhost", "127.0.0.1")
)
_ORIGIN = re.compile(r"^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?$|^https?://\[[0-9A-Fa-f:.]+\](:[0-9]{1,5})?$")


def _origins(env: Mapping[str, str], name: str) -> tuple[str, ...] | None:
    """Comma-separated exact origins (`scheme://host[:port]`); None when unset or blank (the
    default applies), () for `none`."""
    raw = env.get(name, "").strip()
    if not raw:
        return None
    if raw.lower() == "none":
        return ()
    origins = tuple(item.strip().rstrip("/") for item in raw.split(",") if item.strip())
    for origin in origins:
        if not _ORIGIN.match(origin):
            raise ConfigError(
                f"{name} holds exact origins like https://app.example.com or http://localhost:5173, "
                f"separated by commas; {origin!r} is not one (no paths, no wildcards)"
            )
    return tuple(_normal_origin(origin) for origin in origins)


def _normal_origin(origin: str) -> str:
    """As browsers send it in `Origin`: lower case, without the scheme's default port."""
    origin = origin.lower()
    for default in ("http://", ":80"), ("https://", ":443"):
        if origin.startswith(default[0]) and origin.endswith(default[1]):
            return origin[: -len(default[1])]
    return origin


def _choice(env: Mapping[str, str], name: str, default: str, choices: tuple[str, ...]) -> str:
    value = env.get(name, "").strip().lower() or default
    if value not in choices:
        raise ConfigError(f"{name} must be one of {', '.join(choices)}, got {value!r}")
    return value


# uvicorn's meaning: the peers whose X-Forwarded-For / X-Forwarded-Proto are believed.
LOOPBACK_ONLY = "127.0.0.1,::1"


def _forwarded_allow_ips(env: Mapping[str, str]) -> str:
    raw = env.get("FORWARDED_ALLOW_IPS", "").strip() or LOOPBACK_ONLY
    entries = [entry.strip() for entry in raw.split(",") if entry.strip()]
    for entry in entries:
        if entry == "*":
            continue
        try:
            ipaddress.ip_network(entry, strict=False)
        except ValueError:
            raise ConfigError(
                f"FORWARDED_ALLOW_IPS must be a comma-separated list of IP addresses or networks, or *; got {entry!r}"
            ) from None
    return ",".join(entries)


def _optional_bool(env: Mapping[str, str], name: str) -> bool | None:
    return _bool(env, name, False) if env.get(name, "").strip() else None


def _list(env: Mapping[str, str], name: str) -> list[str] | None:
    raw = env.get(name, "").strip()
    return [item.strip() for item in raw.split(",") if item.strip()] if raw else None


def _analyzer_settings(env: Mapping[str, str]) -> AnalyzerSettings:
    """ANALYZER_SETTINGS_FILE (JSON or PSScriptAnalyzer .psd1), then the ANALYZER_* lists field by field."""
    path = env.get("ANALYZER_SETTINGS_FILE", "").strip()
    try:
        base = load_settings_file(Path(path).expanduser()) if path else AnalyzerSettings()
    except SettingsError as error:
        raise ConfigError(f"ANALYZER_SETTINGS_FILE: {error}") from None
    overrides = {}
    for name, key in (("ANALYZER_INCLUDE_RULES", "include_rules"), ("ANALYZER_EXCLUDE_RULES", "exclude_rules"),
                      ("ANALYZER_SEVERITY", "severity")):
        values = _list(env, name)
        if values is not None:
            try:
                overrides[key] = AnalyzerSettings.build(**{key: values})
            except SettingsError as error:
                raise ConfigError(f"{name}: {error}") from None
    for override in overrides.values():
        base = base.overridden_by(override)
    return base


@dataclass(frozen=True)
class Settings:
    """Process configuration; see docs/configuration.md for each field."""

    database_url: str | None = None
    database_read_url: str | None = None
    db_pool_max: int = 10
    db_pool_min: int = 2
    db_pool_timeout: float = 30.0
    db_statement_timeout_ms: int = 30_000
    redis_url: str | None = None
    data_dir: Path = field(default_factory=lambda: Path(platformdirs.user_data_dir("psscript-graphql")))
    host: str = "127.0.0.1"
    port: int = 4000
    log_level: str = "info"
    production: bool = False
    session_ttl_hours: int = 168
    embedding_provider: str = "features"
    embedding_base_url: str | None = None
    embedding_api_key: str | None = None
    embedding_model: str | None = None
    embedding_timeout: float = 10.0
    # SEMANTIC and HYBRID: scripts less similar (cosine, -1..1) to the query than this never match; -1: no floor.
    search_similarity_floor: float = 0.1
    max_query_depth: int = 12
    max_aliases: int = 30
    max_tokens: int = 5_000
    max_directives: int = 50
    max_query_cost: int = 10_000
    max_expanded_selections: int = 5_000
    max_batch_operations: int = 5
    max_body_bytes: int = 4 * 1024 * 1024
    body_timeout: float = 10.0
    header_timeout: float = 10.0
    rate_limit_per_minute: int = 1_200
    rate_limit_burst: int = 200
    signin_rate_per_minute: int = 10
    signin_rate_burst: int = 5
    signin_free_failures: int = 3
    signin_max_delay_s: float = 900.0
    introspection: bool | None = None  # None: on except in production
    ws_init_timeout: float = 10.0
    ws_session_check_s: float = 2.0
    trusted_documents_file: Path | None = None  # None: any document may run
    response_cache_ttl_s: int = 300
    cache_enabled: bool = True
    compiled_reads: bool = True
    compiled_plan_cache_size: int = 1_000

    @property
    def introspection_enabled(self) -> bool:
        return (not self.production) if self.introspection is None else self.introspection
    embedding_backfill_on_start: bool = True
    worker_concurrency: int = 2
    job_claim_idle_ms: int = 60_000
    job_max_attempts: int = 3
    job_sweep_interval_s: int = 60
    analysis_stage_delay_ms: int = 0
    log_format: str = "text"
    slow_query_ms: int = 100
    execution_log_retention_days: int = 90
    retention_interval_s: int = 3600
    graceful_shutdown_s: int = 30
    prometheus_multiproc_dir: str | None = None
    forwarded_allow_ips: str = LOOPBACK_ONLY
    serve_runs_analyses: bool | None = None  # None: yes without REDIS_URL, no with it

    @property
    def analyses_run_in_serve(self) -> bool:
        """Does each `serve` process run analysis jobs itself (else `psscript-graphql worker` does)?"""
        return (self.redis_url is None) if self.serve_runs_analyses is None else self.serve_runs_analyses
    cors_allow_origins: tuple[str, ...] | None = None  # None: DEV_CORS_ORIGINS, none in production

    @property
    def cors_origins(self) -> tuple[str, ...]:
        """Origins whose pages may call the API from a browser (HTTP and websockets)."""
        if self.cors_allow_origins is not None:
            return self.cors_allow_origins
        return () if self.production else DEV_CORS_ORIGINS
    analyzer_settings: AnalyzerSettings = field(default_factory=AnalyzerSettings)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        pool_max = _int(env, "DB_POOL_MAX", 10, minimum=1)
        pool_min = _int(env, "DB_POOL_MIN", 2)
        if pool_min > pool_max:
            raise ConfigError(f"DB_POOL_MIN ({pool_min}) cannot exceed DB_POOL_MAX ({pool_max})")
        data_dir = env.get("PSSCRIPT_DATA_DIR", "").strip()
        redis_url = env.get("REDIS_URL", "").strip() or None
        serve_runs_analyses = _optional_bool(env, "SERVE_RUNS_ANALYSES")
        if serve_runs_analyses is False and redis_url is None:
            raise ConfigError("SERVE_RUNS_ANALYSES=false needs REDIS_URL: `psscript-graphql worker` takes jobs from Redis")
        log_level = env.get("LOG_LEVEL", "info").strip().lower() or "info"
        if log_level not in {"critical", "error", "warning", "info", "debug"}:
            raise ConfigError(f"LOG_LEVEL must be one of critical, error, warning, info, debug, got {log_level!r}")
        return cls(
            database_url=env.get("DATABASE_URL", "").strip() or None,
            database_read_url=env.get("DATABASE_READ_URL", "").strip() or None,
            db_pool_max=pool_max,
            db_pool_min=pool_min,
            db_pool_timeout=_float(env, "DB_POOL_TIMEOUT", 30.0),
            db_statement_timeout_ms=_int(env, "DB_STATEMENT_TIMEOUT_MS", 30_000),
            redis_url=redis_url,
            data_dir=Path(data_dir).expanduser() if data_dir else cls().data_dir,
            host=env.get("HOST", "").strip() or "127.0.0.1",
            port=_int(env, "PORT", 4000, minimum=0),
            log_level=log_level,
            production=_bool(env, "PSSCRIPT_PRODUCTION", False),
            session_ttl_hours=_int(env, "SESSION_TTL_HOURS", 168, minimum=1),
            embedding_provider=env.get("EMBEDDING_PROVIDER", "").strip().lower() or "features",
            embedding_base_url=env.get("EMBEDDING_BASE_URL", "").strip() or None,
            embedding_api_key=env.get("EMBEDDING_API_KEY", "").strip() or None,
            embedding_model=env.get("EMBEDDING_MODEL", "").strip() or None,
            embedding_timeout=_float(env, "EMBEDDING_TIMEOUT", 10.0),
            search_similarity_floor=_similarity(env, "SEARCH_SIMILARITY_FLOOR", 0.1),
            max_query_depth=_int(env, "MAX_QUERY_DEPTH", 12, minimum=1),
            max_aliases=_int(env, "MAX_ALIASES", 30),
            max_tokens=_int(env, "MAX_TOKENS", 5_000, minimum=10),
            max_directives=_int(env, "MAX_DIRECTIVES", 50),
            max_query_cost=_int(env, "MAX_QUERY_COST", 10_000, minimum=1),
            max_expanded_selections=_int(env, "MAX_EXPANDED_SELECTIONS", 5_000, minimum=1),
            max_batch_operations=_int(env, "MAX_BATCH_OPERATIONS", 5, minimum=1),
            max_body_bytes=_int(env, "MAX_BODY_BYTES", 4 * 1024 * 1024, minimum=1024),
            body_timeout=_float(env, "BODY_TIMEOUT", 10.0),
            header_timeout=_float(env, "HEADER_TIMEOUT", 10.0),
            rate_limit_per_minute=_int(env, "RATE_LIMIT_PER_MINUTE", 1_200),
            rate_limit_burst=_int(env, "RATE_LIMIT_BURST", 200, minimum=1),
            signin_rate_per_minute=_int(env, "SIGNIN_RATE_PER_MINUTE", 10),
            signin_rate_burst=_int(env, "SIGNIN_RATE_BURST", 5, minimum=1),
            signin_free_failures=_int(env, "SIGNIN_FREE_FAILURES", 3),
            signin_max_delay_s=_float(env, "SIGNIN_MAX_DELAY_S", 900.0),
            ws_init_timeout=_float(env, "WS_INIT_TIMEOUT", 10.0),
            ws_session_check_s=_float(env, "WS_SESSION_CHECK_S", 2.0),
            trusted_documents_file=Path(raw).expanduser() if (raw := env.get("TRUSTED_DOCUMENTS_FILE", "").strip()) else None,
            response_cache_ttl_s=_int(env, "RESPONSE_CACHE_TTL", 300),
            cache_enabled=_bool(env, "CACHE_ENABLED", True),
            compiled_reads=_bool(env, "COMPILED_READS", True),
            compiled_plan_cache_size=_int(env, "COMPILED_PLAN_CACHE_SIZE", 1_000, minimum=1),
            introspection=_optional_bool(env, "INTROSPECTION"),
            embedding_backfill_on_start=_bool(env, "EMBEDDING_BACKFILL_ON_START", True),
            worker_concurrency=_int(env, "WORKER_CONCURRENCY", 2, minimum=1),
            job_claim_idle_ms=_int(env, "JOB_CLAIM_IDLE_MS", 60_000, minimum=100),
            job_max_attempts=_int(env, "JOB_MAX_ATTEMPTS", 3, minimum=1),
            job_sweep_interval_s=_int(env, "JOB_SWEEP_INTERVAL_S", 60, minimum=0),
            analysis_stage_delay_ms=_int(env, "ANALYSIS_STAGE_DELAY_MS", 0),
            log_format=_choice(env, "LOG_FORMAT", "text", ("text", "json")),
            slow_query_ms=_int(env, "SLOW_QUERY_MS", 100),
            execution_log_retention_days=_int(env, "EXECUTION_LOG_RETENTION_DAYS", 90, minimum=1),
            retention_interval_s=_int(env, "RETENTION_INTERVAL_S", 3600),
            graceful_shutdown_s=_int(env, "GRACEFUL_SHUTDOWN_TIMEOUT_S", 30),
            prometheus_multiproc_dir=env.get("PROMETHEUS_MULTIPROC_DIR", "").strip() or None,
            forwarded_allow_ips=_forwarded_allow_ips(env),
            serve_runs_analyses=serve_runs_analyses,
            cors_allow_origins=_origins(env, "CORS_ALLOW_ORIGINS"),
            analyzer_settings=_analyzer_settings(env),
        )
