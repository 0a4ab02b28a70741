"""Settings.from_env: defaults, parsing, and clear errors for bad values."""

from __future__ import annotations

from pathlib import Path

import pytest

from psscript_graphql.config import ConfigError, Settings


def test_defaults_match_the_readme() -> None:
    settings = Settings.from_env({})
    assert settings.database_url is None and settings.redis_url is None
    assert (settings.db_pool_max, settings.db_pool_min) == (10, 2)
    assert (settings.host, settings.port, settings.log_level) == ("127.0.0.1", 4000, "info")
    assert settings.db_statement_timeout_ms == 30_000 and settings.db_pool_timeout == 30.0


def test_values_are_read_from_the_environment() -> None:
    settings = Settings.from_env(
        {
            "DATABASE_URL": "postgresql://u@db/app",
            "DB_POOL_MAX": "20",
            "DB_POOL_MIN": "5",
            "DB_POOL_TIMEOUT": "2.5",
            "DB_STATEMENT_TIMEOUT_MS": "1000",
            "REDIS_URL": "redis://cache:6379/0",
            "PSSCRIPT_DATA_DIR": "/srv/psscript",
            "HOST": "0.0.0.0",
            "PORT": "8080",
            "LOG_LEVEL": "WARNING",
        }
    )
    assert settings.database_url == "postgresql://u@db/app"
    assert (settings.db_pool_max, settings.db_pool_min, settings.db_pool_timeout) == (20, 5, 2.5)
    assert settings.db_statement_timeout_ms == 1000
    assert settings.redis_url == "redis://cache:6379/0"
    assert settings.data_dir == Path("/srv/psscript")
    assert (settings.host, settings.port, settings.log_level) == ("0.0.0.0", 8080, "warning")


def test_caching_is_on_unless_turned_off() -> None:
    assert Settings.from_env({}).cache_enabled is True
    assert Settings.from_env({"CACHE_ENABLED": "false"}).cache_enabled is False
    assert Settings.from_env({"CACHE_ENABLED": "on"}).cache_enabled is True


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"PORT": "http"}, "PORT must be a whole number"),
        ({"DB_POOL_MAX": "0"}, "DB_POOL_MAX must be at least 1"),
        ({"DB_POOL_MIN": "11"}, "DB_POOL_MIN (11) cannot exceed DB_POOL_MAX (10)"),
        ({"DB_POOL_TIMEOUT": "-1"}, "DB_POOL_TIMEOUT must be positive"),
        ({"LOG_LEVEL": "loud"}, "LOG_LEVEL must be one of"),
        ({"PSSCRIPT_PRODUCTION": "maybe"}, "PSSCRIPT_PRODUCTION must be true or false"),
        ({"CACHE_ENABLED": "sometimes"}, "CACHE_ENABLED must be true or false"),
    ],
)
def test_bad_values_raise_a_config_error_naming_the_variable(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(")", r"\)")):
        Settings.from_env(env)


def test_cors_origins_default_to_local_dev_ports_and_to_none_in_production() -> None:
    development = Settings.from_env({}).cors_origins
    assert "http://localhost:5173" in development and "http://127.0.0.1:3000" in development
    assert Settings.from_env({"PSSCRIPT_PRODUCTION": "true"}).cors_origins == ()
    assert Settings.from_env({"CORS_ALLOW_ORIGINS": "none"}).cors_origins == ()


def test_cors_origins_are_exact_origins_normalised_as_browsers_send_them() -> None:
    settings = Settings.from_env(
        {"PSSCRIPT_PRODUCTION": "true", "CORS_ALLOW_ORIGINS": " https://App.Example.com:443/ , http://localhost:8081,http://[::1]:80"}
    )
    assert settings.cors_origins == ("https://app.example.com", "http://localhost:8081", "http://[::1]")


@pytest.mark.parametrize("value", ["*", "https://*.example.com", "app.example.com", "https://example.com/app", "ftp://x.org"])
def test_cors_origins_refuse_what_is_not_an_exact_origin(value: str) -> None:
    with pytest.raises(ConfigError, match="CORS_ALLOW_ORIGINS"):
        Settings.from_env({"CORS_ALLOW_ORIGINS": value})


def test_search_similarity_floor_is_read_and_bounded() -> None:
    assert Settings.from_env({}).search_similarity_floor == 0.1
    assert Settings.from_env({"SEARCH_SIMILARITY_FLOOR": "0.25"}).search_similarity_floor == 0.25
    assert Settings.from_env({"SEARCH_SIMILARITY_FLOOR": "-1"}).search_similarity_floor == -1.0
    for bad in ("1", "1.5", "-1.01", "high"):
        with pytest.raises(ConfigError, match="SEARCH_SIMILARITY_FLOOR"):
            Settings.from_env({"SEARCH_SIMILARITY_FLOOR": bad})
