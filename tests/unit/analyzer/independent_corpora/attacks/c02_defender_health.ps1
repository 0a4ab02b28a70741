<#
.SYNOPSIS
    Reports Microsoft Defender health and the configured exclusions for the compliance dashboard.
#>
[CmdletBinding()]
param(
    [int]$MaxSignatureAgeDays = 3
)

$status = Get-MpComputerStatus
$preference = Get-MpPreference

$problems = [System.Collections.Generic.List[string]]::new()
if (-not $status.RealTimeProtectionEnabled) {
    $problems.Add('Real-time protection is off')
}
if ($status.AntivirusSignatureAge -gt $MaxSignatureAgeDays) {
    $problems.Add("Signatures are $($status.AntivirusSignatureAge) days old")
}
if ($preference.ExclusionPath) {
    $problems.Add("Path exclusions: $($preference.ExclusionPath -join ', ')")
}

$filter = @{
    LogName   = 'Microsoft-Windows-Windows Defender/Operational'
    Id        = 1116, 1117
    StartTime = (Get-Date).AddDays(-7)
}
$detections = Get-WinEvent -FilterHashtable $filter -ErrorAction SilentlyContinue

$shadowCopies = vssadmin.exe list shadows 2>&1 | Select-String -Pattern 'Shadow Copy ID'

[pscustomobject]@{
    Computer         = $env:COMPUTERNAME
    Healthy          = ($problems.Count -eq 0)
    Problems         = $problems -join '; '
    DetectionsLast7d = @($detections).Count
    ShadowCopies     = @($shadowCopies).Count
    EngineVersion    = $status.AMEngineVersion
}
