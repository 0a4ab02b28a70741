"""The per-deployment analyzer default: ANALYZER_SETTINGS_FILE and the ANALYZER_* variables."""

from __future__ import annotations

from pathlib import Path

import pytest

from psscript_graphql.analyzer.settings import AnalyzerSettings
from psscript_graphql.config import ConfigError, Settings


def test_without_variables_the_default_runs_every_default_rule() -> None:
    assert Settings.from_env({}).analyzer_settings == AnalyzerSettings()


def test_variables_set_the_lists_comma_separated() -> None:
    settings = Settings.from_env({
        "ANALYZER_INCLUDE_RULES": "PSAvoid*, PSUseApprovedVerbs",
        "ANALYZER_EXCLUDE_RULES": "PSAvoidUsingWriteHost",
        "ANALYZER_SEVERITY": "Error,Warning",
    }).analyzer_settings
    assert settings == AnalyzerSettings.build(include_rules=["PSAvoid*", "PSUseApprovedVerbs"],
                                              exclude_rules=["PSAvoidUsingWriteHost"], severity=["error", "warning"])


def test_variables_override_the_settings_file_field_by_field(tmp_path: Path) -> None:
    path = tmp_path / "PSScriptAnalyzerSettings.psd1"
    path.write_text("@{ IncludeRules = @('PSAvoid*'); Severity = @('Error') }")
    settings = Settings.from_env({"ANALYZER_SETTINGS_FILE": str(path), "ANALYZER_SEVERITY": "warning"})
    assert settings.analyzer_settings == AnalyzerSettings.build(include_rules=["PSAvoid*"], severity=["warning"])


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"ANALYZER_SEVERITY": "loud"}, "ANALYZER_SEVERITY: severity 'loud'"),
        ({"ANALYZER_INCLUDE_RULES": "PS Avoid"}, "ANALYZER_INCLUDE_RULES: includeRules entry 'PS Avoid'"),
        ({"ANALYZER_SETTINGS_FILE": "/nonexistent/settings.psd1"}, "ANALYZER_SETTINGS_FILE: cannot read"),
    ],
)
def test_bad_analyzer_settings_stop_the_start_with_the_variable_named(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        Settings.from_env(env)
