<#
.SYNOPSIS
    Checks Microsoft Defender health and refreshes signatures when they are out of date.
.DESCRIPTION
    Reports real-time protection, tamper protection and signature age. Alerts when an
    attacker (or a well-meaning admin) has switched protection off; never changes settings
    other than triggering a signature update and a quick scan.
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [ValidateRange(1, 14)]
    [int]$MaxSignatureAgeDays = 2
)

$status = Get-MpComputerStatus
$preferences = Get-MpPreference

$problems = @()
if (-not $status.RealTimeProtectionEnabled) { $problems += 'Real-time protection is off' }
if (-not $status.IsTamperProtected) { $problems += 'Tamper protection is off' }
if ($preferences.DisableBehaviorMonitoring) { $problems += 'Behavior monitoring is disabled' }
if ($preferences.ExclusionPath) { $problems += "Path exclusions present: $($preferences.ExclusionPath -join ', ')" }

foreach ($problem in $problems) {
    Write-Warning -Message $problem
}

if ($status.AntivirusSignatureAge -gt $MaxSignatureAgeDays) {
    if ($PSCmdlet.ShouldProcess($env:COMPUTERNAME, 'Update Defender signatures and run a quick scan')) {
        Update-MpSignature -UpdateSource MicrosoftUpdateServer
        Start-MpScan -ScanType QuickScan
    }
}

[pscustomobject]@{
    ComputerName     = $env:COMPUTERNAME
    SignatureVersion = $status.AntivirusSignatureVersion
    SignatureAgeDays = $status.AntivirusSignatureAge
    ProblemCount     = $problems.Count
}
