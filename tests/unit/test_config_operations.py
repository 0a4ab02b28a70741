"""Settings of logging, the slow query log, retention, shutdown and multi-process metrics."""

from __future__ import annotations

import pytest

from psscript_graphql.config import ConfigError, Settings


def test_operations_defaults_match_the_readme() -> None:
    settings = Settings.from_env({})
    assert settings.log_format == "text"
    assert settings.slow_query_ms == 100
    assert settings.execution_log_retention_days == 90
    assert settings.retention_interval_s == 3600
    assert settings.graceful_shutdown_s == 30
    assert settings.prometheus_multiproc_dir is None


def test_operations_settings_are_read_from_the_environment() -> None:
    settings = Settings.from_env(
        {
            "LOG_FORMAT": "JSON",
            "SLOW_QUERY_MS": "0",
            "EXECUTION_LOG_RETENTION_DAYS": "30",
            "RETENTION_INTERVAL_S": "0",
            "GRACEFUL_SHUTDOWN_TIMEOUT_S": "5",
            "PROMETHEUS_MULTIPROC_DIR": "/run/metrics",
        }
    )
    assert (settings.log_format, settings.slow_query_ms, settings.execution_log_retention_days) == ("json", 0, 30)
    assert (settings.retention_interval_s, settings.graceful_shutdown_s) == (0, 5)
    assert settings.prometheus_multiproc_dir == "/run/metrics"


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("LOG_FORMAT", "xml", "LOG_FORMAT must be one of text, json, got 'xml'"),
        ("SLOW_QUERY_MS", "-1", "SLOW_QUERY_MS must be at least 0, got -1"),
        ("SLOW_QUERY_MS", "fast", "SLOW_QUERY_MS must be a whole number, got 'fast'"),
        ("EXECUTION_LOG_RETENTION_DAYS", "0", "EXECUTION_LOG_RETENTION_DAYS must be at least 1, got 0"),
        ("RETENTION_INTERVAL_S", "-5", "RETENTION_INTERVAL_S must be at least 0, got -5"),
        ("GRACEFUL_SHUTDOWN_TIMEOUT_S", "soon", "GRACEFUL_SHUTDOWN_TIMEOUT_S must be a whole number, got 'soon'"),
    ],
)
def test_bad_operations_settings_name_the_variable(name: str, value: str, message: str) -> None:
    with pytest.raises(ConfigError) as error:
        Settings.from_env({name: value})
    assert str(error.value) == message
