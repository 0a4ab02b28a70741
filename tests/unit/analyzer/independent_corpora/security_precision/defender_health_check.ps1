<#
.SYNOPSIS
    Checks Microsoft Defender health, refreshes signatures and runs a quick scan when they were stale.
#>
[CmdletBinding()]
param(
    [int]$MaxSignatureAgeDays = 1
)

$status = Get-MpComputerStatus
$report = [ordered]@{
    RealTimeProtection = $status.RealTimeProtectionEnabled
    AntivirusEnabled   = $status.AntivirusEnabled
    SignatureAge       = $status.AntivirusSignatureAge
    LastQuickScan      = $status.QuickScanEndTime
}

if (-not $status.RealTimeProtectionEnabled) {
    Write-Warning 'Real-time protection is OFF on this machine - raise an incident.'
}

if ($status.AntivirusSignatureAge -gt $MaxSignatureAgeDays) {
    Write-Verbose 'Signatures are stale, updating.'
    Update-MpSignature -UpdateSource MicrosoftUpdateServer
    Start-MpScan -ScanType QuickScan
    $report['Updated'] = $true
}

$preferences = Get-MpPreference
$report['ExclusionCount'] = @($preferences.ExclusionPath).Count
[pscustomobject]$report
