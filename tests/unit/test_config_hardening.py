"""Settings of the hardening work (docs/security.md): defaults, parsing, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from psscript_graphql.config import ConfigError, Settings


def test_defaults() -> None:
    settings = Settings.from_env({})
    assert settings.max_batch_operations == 5 and settings.header_timeout == 10.0
    assert (settings.signin_rate_per_minute, settings.signin_rate_burst) == (10, 5)
    assert (settings.signin_free_failures, settings.signin_max_delay_s) == (3, 900.0)
    assert settings.ws_session_check_s == 2.0 and settings.trusted_documents_file is None


def test_values_are_read() -> None:
    settings = Settings.from_env(
        {
            "HEADER_TIMEOUT": "2.5", "SIGNIN_RATE_PER_MINUTE": "0", "SIGNIN_RATE_BURST": "9", "SIGNIN_FREE_FAILURES": "0",
            "SIGNIN_MAX_DELAY_S": "60", "WS_SESSION_CHECK_S": "0.5", "TRUSTED_DOCUMENTS_FILE": "/srv/app/manifest.json",
        }
    )
    assert settings.header_timeout == 2.5 and settings.signin_rate_per_minute == 0 and settings.signin_rate_burst == 9
    assert settings.signin_free_failures == 0 and settings.signin_max_delay_s == 60.0 and settings.ws_session_check_s == 0.5
    assert settings.trusted_documents_file == Path("/srv/app/manifest.json")


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("HEADER_TIMEOUT", "0", "HEADER_TIMEOUT must be positive"),
        ("SIGNIN_RATE_BURST", "0", "SIGNIN_RATE_BURST must be at least 1"),
        ("SIGNIN_FREE_FAILURES", "-1", "SIGNIN_FREE_FAILURES must be at least 0"),
        ("SIGNIN_MAX_DELAY_S", "soon", "SIGNIN_MAX_DELAY_S must be a number"),
        ("WS_SESSION_CHECK_S", "-2", "WS_SESSION_CHECK_S must be positive"),
    ],
)
def test_bad_values_are_refused(name: str, value: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        Settings.from_env({name: value})
