"""Security rules (security.py, attacks.py, obfuscation.py) on the corpus and on focused snippets."""

from __future__ import annotations

from psscript_graphql.analyzer.findings import Severity
from tests.unit.analyzer.corpus_cases import (
    CORPUS,
    analysis,
    analyze,
    expected_cases,
    hits,
    lines_of,
)


def test_every_security_sample_exists_in_corpus() -> None:
    names = {case.values[0] for case in expected_cases("security")}
    assert all((CORPUS / name).is_file() for name in names)


def test_download_cradle_is_critical_and_names_the_sink() -> None:
    finding = hits(analysis("security_download_cradles.ps1"), "PSDownloadCradle")[0]
    assert finding.severity is Severity.CRITICAL
    assert "DownloadString" in finding.message and "Invoke-Expression" in finding.message


def test_download_without_execution_is_not_a_cradle() -> None:
    result = analyze("""
        Invoke-WebRequest -Uri 'https://downloads.contoso.com/tool.zip' -OutFile .\\tool.zip
        Expand-Archive -Path .\\tool.zip -DestinationPath .\\tool
    """)
    assert hits(result, "PSDownloadCradle") == []
    assert hits(result, "PSDownloadAndExecute") == []


def test_invoke_expression_with_constant_string_is_reported_as_pssa_does() -> None:
    result = analyze("Invoke-Expression -Command 'Get-Date'\nInvoke-Expression \"Get-Process\"")
    assert lines_of(result, "PSAvoidUsingInvokeExpression") == [1, 2]
    assert "a constant string" in hits(result, "PSAvoidUsingInvokeExpression")[0].message


def test_invoke_expression_fed_by_pipeline_is_dynamic() -> None:
    result = analyze("$code = Get-Content -Path .\\snippet.ps1 -Raw\n$code | Invoke-Expression")
    assert lines_of(result, "PSAvoidUsingInvokeExpression") == [2]


def test_decoded_payload_reaches_sink_through_several_variables() -> None:
    result = analyze("""
        $a = [Convert]::FromBase64String($env:PAYLOAD)
        $b = [Text.Encoding]::UTF8.GetString($a)
        $c = $b.Trim()
        Invoke-Expression $c
    """)
    assert lines_of(result, "PSDecodedExecution") == [1]


def test_base64_decoding_that_is_not_executed_is_fine() -> None:
    result = analyze("$bytes = [Convert]::FromBase64String($certificateText)\nSet-Content -Path .\\c.cer -Value $bytes -AsByteStream")
    assert hits(result, "PSDecodedExecution") == []


def test_remote_signed_policy_is_not_a_bypass() -> None:
    result = analyze("Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope CurrentUser")
    assert hits(result, "PSExecutionPolicyBypass") == []


def test_process_scoped_bypass_is_only_a_warning() -> None:
    findings = hits(analysis("security_encoded_and_bypass.ps1"), "PSExecutionPolicyBypass")
    by_line = {f.line: f.severity for f in findings}
    assert by_line[11] is Severity.WARNING and by_line[12] is Severity.ERROR


def test_amsi_mentioned_in_a_comment_is_ignored() -> None:
    result = analyze("# Never touch AmsiUtils or amsiInitFailed in this repository.\nGet-Date")
    assert hits(result, "PSAmsiBypass") == []


def test_credential_dumping_tool_named_only_in_comment_is_ignored() -> None:
    result = analyze("<# Detection notes: mimikatz, sekurlsa::logonpasswords #>\nGet-WinEvent -LogName Security -MaxEvents 5")
    assert hits(result, "PSCredentialDumping") == []


def test_switch_named_passthru_and_typed_secrets_are_not_plain_text_passwords() -> None:
    result = analyze("""
        function Set-Thing {
            param([switch]$PassThru, [securestring]$Password, [pscredential]$Credential, [string]$Bypass)
            $PassThru, $Password, $Credential, $Bypass
        }
    """)
    assert hits(result, "PSAvoidUsingPlainTextForPassword") == []
    assert hits(result, "PSUsePSCredentialType") == []


def test_untyped_password_parameter_is_plain_text() -> None:
    result = analyze("param($AdminPassword)\n$AdminPassword")
    assert lines_of(result, "PSAvoidUsingPlainTextForPassword") == [1]


def test_local_computer_names_are_not_hardcoded_hosts() -> None:
    result = analyze("""
        Get-Service -ComputerName localhost
        Get-Service -ComputerName .
        Get-Service -ComputerName $env:COMPUTERNAME
        Get-Service -ComputerName $Server
    """)
    assert hits(result, "PSAvoidUsingComputerNameHardcoded") == []


def test_hardcoded_computer_name_list_is_an_array_not_a_constant_as_in_pssa() -> None:
    result = analyze("""
        Restart-Computer -ComputerName 'WEB01', 'WEB02' -WhatIf
        Restart-Computer -ComputerName 'WEB03' -WhatIf
        Restart-Computer -Comp 'WEB04' -WhatIf
    """)
    # PSScriptAnalyzer flags one constant after -ComputerName written out in full.
    assert lines_of(result, "PSAvoidUsingComputerNameHardcoded") == [2]


def test_placeholder_and_computed_secrets_are_not_hardcoded() -> None:
    result = analyze("""
        $password = ''
        $token = '<paste token here>'
        $apiKey = $env:API_KEY
        $secret = "$prefix-suffix"
        $passwordLength = 'long'
    """)
    assert hits(result, "PSAvoidHardcodedCredential") == []


def test_private_key_block_is_critical_even_inside_comment() -> None:
    result = analyze("<#\n-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----\n#>")
    finding = hits(result, "PSHardcodedSecretKey")[0]
    assert (finding.line, finding.severity) == (2, Severity.CRITICAL)


def test_add_type_resolves_type_definition_variable() -> None:
    result = analyze("""
        $source = 'public class P { [DllImport("kernel32")] static extern bool VirtualProtect(); }'
        Add-Type -TypeDefinition $source
        Add-Type -AssemblyName System.Web
    """)
    assert lines_of(result, "PSAddTypeNativeCode") == [2]


def test_escape_sequences_inside_strings_are_not_backtick_obfuscation() -> None:
    result = analyze('Write-Output "Name`tValue`nNext"\nGet-ChildItem -Path C:\\ `\n    -Filter *.log')
    assert hits(result, "PSObfuscationBacktick") == []


def test_ordinary_format_strings_are_not_obfuscation() -> None:
    result = analyze('$line = "{0}: {1} items" -f $name, $count\n$id = "{0}{1}" -f $prefix, $number\n$line, $id')
    assert hits(result, "PSObfuscationFormatString") == []


def test_two_char_casts_are_below_obfuscation_threshold() -> None:
    result = analyze("$separator = [char]13 + [char]10\n$separator")
    assert hits(result, "PSObfuscationCharCodes") == []


def test_aliased_and_backticked_invoke_expression_are_resolved() -> None:
    result = analyze("i`e`x $payload\nIEX $payload")
    assert lines_of(result, "PSAvoidUsingInvokeExpression") == [1, 2]


def test_scheduled_task_helpers_alone_are_not_persistence() -> None:
    result = analyze("$t = New-ScheduledTaskTrigger -Daily -At 3am\nGet-ScheduledTask -TaskName Backup\n$t")
    assert hits(result, "PSPersistenceScheduledTask") == []


def test_firewall_rule_changes_are_not_disabling_the_firewall() -> None:
    result = analyze("""
        New-NetFirewallRule -DisplayName 'Web' -Direction Inbound -LocalPort 443 -Protocol TCP -Action Allow
        Set-NetFirewallProfile -Profile Domain -Enabled True
        netsh advfirewall set allprofiles state on
    """)
    assert hits(result, "PSFirewallDisabled") == []


def test_reading_run_key_is_not_persistence() -> None:
    result = analyze("Get-ItemProperty -Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run'")
    assert hits(result, "PSPersistenceRunKey") == []


def test_defender_scan_commands_are_not_tampering() -> None:
    result = analyze("Update-MpSignature\nStart-MpScan -ScanType QuickScan\nSet-MpPreference -DisableRealtimeMonitoring $false")
    assert hits(result, "PSDefenderTampering") == []


def test_findings_carry_one_based_position_hint_and_extract() -> None:
    finding = hits(analysis("security_tampering_persistence.ps1"), "PSFirewallDisabled")[0]
    assert (finding.line, finding.column) == (6, 1)
    assert finding.hint and finding.extract.startswith("netsh advfirewall")
    assert finding.to_dict()["severity"] == "error"
