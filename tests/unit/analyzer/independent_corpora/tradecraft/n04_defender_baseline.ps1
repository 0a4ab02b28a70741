<#
.SYNOPSIS
    Re-applies the Defender baseline on servers that drifted (run by the config management agent).
#>
[CmdletBinding()]
param(
    [string[]]$StaleExclusion = @('C:\Temp', 'C:\Users\Public\Downloads')
)

$status = Get-MpComputerStatus
if ($status.AntivirusSignatureAge -gt 1) {
    Update-MpSignature -UpdateSource MicrosoftUpdateServer
}

# realtime protection must be ON; someone turned it off while troubleshooting last week
if (-not $status.RealTimeProtectionEnabled) {
    Set-MpPreference -DisableRealtimeMonitoring $false
}

Set-MpPreference -PUAProtection Enabled -MAPSReporting Advanced -SubmitSamplesConsent SendSafeSamples
Set-MpPreference -ScanScheduleDay Everyday -ScanScheduleQuickScanTime 02:00:00 -SignatureUpdateInterval 4
Set-MpPreference -EnableNetworkProtection Enabled -CloudBlockLevel High

# exclusions are reviewed quarterly: drop the ones that were never approved
$prefs = Get-MpPreference
foreach ($path in $StaleExclusion) {
    if ($prefs.ExclusionPath -contains $path) {
        Remove-MpPreference -ExclusionPath $path
        Write-Verbose -Message "Removed exclusion $path"
    }
}

Start-MpScan -ScanType QuickScan -AsJob | Out-Null
Get-MpThreatDetection | Select-Object -Property ThreatID, InitialDetectionTime, ActionSuccess |
    Export-Csv -Path "$env:ProgramData\Baseline\mp-detections.csv" -NoTypeInformation
