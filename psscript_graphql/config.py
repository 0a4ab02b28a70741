"""Settings read from the environment — the only module that reads it.

Every variable has a documented default (README, "Configuration"). `Settings.from_env()` is
called once per process; the rest of the code receives the resulting object.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs


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


def _float(env: Mapping[str, str], name: str, default: float) -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a number, got {raw!r}") from None
    if value <= 0:
        raise ConfigError(f"{name} must be positive, got {value}")
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


def _choice(env: Mapping[str, str], name: str, default: str, choices: tuple[str, ...]) -> str:
    value = env.get(name, "").strip().lower() or default
    if value not in choices:
        raise ConfigError(f"{name} must be one of {', '.join(choices)}, got {value!r}")
    return value


@dataclass(frozen=True)
class Settings:
    """Process configuration; see the README's configuration table for each field."""

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
    max_query_depth: int = 12
    max_aliases: int = 30
    max_tokens: int = 5_000
    max_directives: int = 50
    max_query_cost: int = 10_000
    max_expanded_selections: int = 5_000
    max_batch_operations: int = 10
    max_body_bytes: int = 4 * 1024 * 1024
    body_timeout: float = 10.0
    rate_limit_per_minute: int = 1_200
    rate_limit_burst: int = 200
    introspection: bool | None = None  # None: on except in production
    ws_init_timeout: float = 10.0
    response_cache_ttl_s: int = 300
    cache_enabled: bool = True

    @property
    def introspection_enabled(self) -> bool:
        return (not self.production) if self.introspection is None else self.introspection
    embedding_backfill_on_start: bool = True
    worker_concurrency: int = 2
    job_claim_idle_ms: int = 60_000
    job_max_attempts: int = 3
    analysis_stage_delay_ms: int = 0
    log_format: str = "text"
    slow_query_ms: int = 100
    execution_log_retention_days: int = 90
    retention_interval_s: int = 3600
    graceful_shutdown_s: int = 30
    prometheus_multiproc_dir: str | None = None

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        pool_max = _int(env, "DB_POOL_MAX", 10, minimum=1)
        pool_min = _int(env, "DB_POOL_MIN", 2)
        if pool_min > pool_max:
            raise ConfigError(f"DB_POOL_MIN ({pool_min}) cannot exceed DB_POOL_MAX ({pool_max})")
        data_dir = env.get("PSSCRIPT_DATA_DIR", "").strip()
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
            redis_url=env.get("REDIS_URL", "").strip() or None,
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
            max_query_depth=_int(env, "MAX_QUERY_DEPTH", 12, minimum=1),
            max_aliases=_int(env, "MAX_ALIASES", 30),
            max_tokens=_int(env, "MAX_TOKENS", 5_000, minimum=10),
            max_directives=_int(env, "MAX_DIRECTIVES", 50),
            max_query_cost=_int(env, "MAX_QUERY_COST", 10_000, minimum=1),
            max_expanded_selections=_int(env, "MAX_EXPANDED_SELECTIONS", 5_000, minimum=1),
            max_batch_operations=_int(env, "MAX_BATCH_OPERATIONS", 10, minimum=1),
            max_body_bytes=_int(env, "MAX_BODY_BYTES", 4 * 1024 * 1024, minimum=1024),
            body_timeout=_float(env, "BODY_TIMEOUT", 10.0),
            rate_limit_per_minute=_int(env, "RATE_LIMIT_PER_MINUTE", 1_200),
            rate_limit_burst=_int(env, "RATE_LIMIT_BURST", 200, minimum=1),
            ws_init_timeout=_float(env, "WS_INIT_TIMEOUT", 10.0),
            response_cache_ttl_s=_int(env, "RESPONSE_CACHE_TTL", 300),
            cache_enabled=_bool(env, "CACHE_ENABLED", True),
            introspection=_bool(env, "INTROSPECTION", True) if env.get("INTROSPECTION", "").strip() else None,
            embedding_backfill_on_start=_bool(env, "EMBEDDING_BACKFILL_ON_START", True),
            worker_concurrency=_int(env, "WORKER_CONCURRENCY", 2, minimum=1),
            job_claim_idle_ms=_int(env, "JOB_CLAIM_IDLE_MS", 60_000, minimum=100),
            job_max_attempts=_int(env, "JOB_MAX_ATTEMPTS", 3, minimum=1),
            analysis_stage_delay_ms=_int(env, "ANALYSIS_STAGE_DELAY_MS", 0),
            log_format=_choice(env, "LOG_FORMAT", "text", ("text", "json")),
            slow_query_ms=_int(env, "SLOW_QUERY_MS", 100),
            execution_log_retention_days=_int(env, "EXECUTION_LOG_RETENTION_DAYS", 90, minimum=1),
            retention_interval_s=_int(env, "RETENTION_INTERVAL_S", 3600),
            graceful_shutdown_s=_int(env, "GRACEFUL_SHUTDOWN_TIMEOUT_S", 30),
            prometheus_multiproc_dir=env.get("PROMETHEUS_MULTIPROC_DIR", "").strip() or None,
        )
