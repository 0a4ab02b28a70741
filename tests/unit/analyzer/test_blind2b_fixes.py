"""Focused cases for what the second independent corpus (blind2b) found: one test per fixed miss or false
finding, each with a near miss that must stay silent."""

from __future__ import annotations

from tests.unit.analyzer.corpus_cases import analyze, hits, lines_of


def test_variables_to_export_wildcard_is_not_reported_as_pssa_checks_three_fields_only() -> None:
    result = analyze("""
        @{
            ModuleVersion     = '1.0.0'
            FunctionsToExport = @('Get-A')
            VariablesToExport = '*'
            AliasesToExport   = @(
                'ga',
                'g*'
            )
        }
    """)
    # Reported at the wildcard entry itself (PSScriptAnalyzer's extent), not at the field's first line.
    assert lines_of(result, "PSUseToExportFieldsInManifest") == [7]


def test_deprecated_manifest_field_is_reported_on_the_whole_file_like_test_module_manifest_warnings() -> None:
    result = analyze("""
        @{
            ModuleVersion     = '1.0.0'
            ModuleToProcess   = 'Legacy.psm1'
            PowerShellVersion = '3.0'
        }
    """)
    assert lines_of(result, "PSAvoidUsingDeprecatedManifestFields") == [1]
    near_miss = analyze("@{\n    ModuleVersion = '1.0.0'\n    RootModule = 'Legacy.psm1'\n}")
    assert hits(near_miss, "PSAvoidUsingDeprecatedManifestFields") == []
