"""PSUseCompatibleTypes (on by default) and PSUseCompatibleCmdlets (opt-in) over the shipped platform profile."""

from __future__ import annotations

from psscript_graphql.analyzer.findings import Category, Severity
from psscript_graphql.analyzer.rules.compatibility import PS7, WINDOWS_POWERSHELL
from tests.unit.analyzer.corpus_cases import analyze, hits, lines_of


def test_framework_only_types_are_noted_as_windows_powershell_only() -> None:
    result = analyze("""
        $serializer = New-Object -TypeName System.Web.Script.Serialization.JavaScriptSerializer
        $password = [System.Web.Security.Membership]::GeneratePassword(20, 5)
        [System.EnterpriseServices.Internal.Publish]::new().GacInstall($dll)
        $serializer.Serialize($password)
    """)
    assert lines_of(result, "PSUseCompatibleTypes") == [1, 2, 3]
    assert {f.detail for f in hits(result, "PSUseCompatibleTypes")} == {"PSCompatibilityWindowsPowerShellType"}
    note = next(n for n in result.compatibility_notes if n["rule"] == "PSUseCompatibleTypes")
    assert (note["requires"], note["severity"]) == (WINDOWS_POWERSHELL, "information")


def test_types_powershell_7_added_are_noted_as_powershell_7_only() -> None:
    result = analyze("""
        $version = [semver]'1.2.3'
        [Text.Json.JsonSerializer]::Serialize($version)
    """)
    assert lines_of(result, "PSUseCompatibleTypes") == [1, 2]
    assert {f.detail for f in hits(result, "PSUseCompatibleTypes")} == {"PSCompatibilityPowerShell7Type"}
    assert next(n for n in result.compatibility_notes if n["line"] == 1)["requires"] == PS7


def test_types_every_edition_has_are_no_notes() -> None:
    result = analyze("""
        [System.Web.HttpUtility]::UrlEncode('a b')
        $searcher = [adsisearcher]'(objectClass=user)'
        $class = [wmiclass]'root\\cimv2:Win32_Process'
        $list = [System.Collections.Generic.List[string]]::new()
        $searcher, $class, $list
    """)
    assert hits(result, "PSUseCompatibleTypes") == []


def test_compatible_cmdlets_is_off_by_default_and_names_the_target() -> None:
    script = "Get-Service -Name W32Time\nGet-WmiObject -Class Win32_BIOS\nGet-Uptime\nGet-ChildItem"
    assert hits(analyze(script), "PSUseCompatibleCmdlets") == []
    findings = hits(analyze(script, enable=("PSUseCompatibleCmdlets",)), "PSUseCompatibleCmdlets")
    assert [f.line for f in findings] == [1, 2, 3]
    assert all(f.severity is Severity.WARNING and f.category is Category.COMPATIBILITY for f in findings)
    assert "core-7-linux-macos" in findings[0].message and "Windows only" in findings[0].message
    assert "not in PowerShell 7 on any platform" in findings[1].message
    assert "desktop-5.1-windows" in findings[2].message
