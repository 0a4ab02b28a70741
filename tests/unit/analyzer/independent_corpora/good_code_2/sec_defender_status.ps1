# Read-only health check of Microsoft Defender Antivirus for the monitoring agent.
$status = Get-MpComputerStatus
$preferences = Get-MpPreference

$issues = [System.Collections.Generic.List[string]]::new()
if (-not $status.RealTimeProtectionEnabled) { $issues.Add('Real-time protection is off') }
if (-not $status.AntivirusEnabled) { $issues.Add('Antivirus is disabled') }
if ($status.AntivirusSignatureAge -gt 3) { $issues.Add("Signatures are $($status.AntivirusSignatureAge) days old") }
if ($preferences.DisableRealtimeMonitoring) { $issues.Add('DisableRealtimeMonitoring preference is set') }
if ($preferences.ExclusionPath.Count -gt 0) {
    $issues.Add("$($preferences.ExclusionPath.Count) path exclusions configured")
}

[pscustomobject]@{
    Computer         = $env:COMPUTERNAME
    EngineVersion    = $status.AMEngineVersion
    SignatureVersion = $status.AntivirusSignatureVersion
    TamperProtected  = $status.IsTamperProtected
    Issues           = $issues -join '; '
    Healthy          = ($issues.Count -eq 0)
}
