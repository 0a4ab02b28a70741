<#
    EDR health check: reads Microsoft Defender state and reports drift from the baseline.
    Read-only: this script never changes a Defender setting.
#>
[CmdletBinding()]
param(
    [int]$MaxSignatureAgeDays = 2
)

$status = Get-MpComputerStatus
$prefs = Get-MpPreference

$checks = [ordered]@{
    RealTimeProtection   = $status.RealTimeProtectionEnabled
    BehaviorMonitor      = $status.BehaviorMonitorEnabled
    TamperProtection     = $status.IsTamperProtected
    SignaturesCurrent    = $status.AntivirusSignatureAge -le $MaxSignatureAgeDays
    CloudProtection      = $prefs.MAPSReporting -ne 0
    RealtimeNotDisabled  = -not $prefs.DisableRealtimeMonitoring
    NoPathExclusions     = -not $prefs.ExclusionPath
    NoProcessExclusions  = -not $prefs.ExclusionProcess
}

$failed = @($checks.GetEnumerator() | Where-Object { -not $_.Value } | ForEach-Object { $_.Key })

[PSCustomObject]@{
    ComputerName = $env:COMPUTERNAME
    Healthy      = $failed.Count -eq 0
    Failed       = $failed -join ', '
    EngineVersion = $status.AMEngineVersion
    CheckedAt    = Get-Date
}
