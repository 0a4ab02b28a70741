<#
.SYNOPSIS
    Reports whether Windows LAPS has backed up the local admin password recently.
    Reads state only; it never retrieves the password itself.
#>
[CmdletBinding()]
param(
    [int]$MaxAgeDays = 35
)

$lapsState = Get-ItemProperty -Path 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\LAPS\State' -ErrorAction SilentlyContinue
$policy = Get-ItemProperty -Path 'HKLM:\SOFTWARE\Microsoft\Policies\LAPS' -ErrorAction SilentlyContinue

$lastUpdate = $null
if ($lapsState -and $lapsState.LastPasswordUpdateTime) {
    $lastUpdate = [datetime]::FromFileTimeUtc([long]$lapsState.LastPasswordUpdateTime)
}

$result = [pscustomobject]@{
    ComputerName      = $env:COMPUTERNAME
    PolicyConfigured  = [bool]$policy
    BackupDirectory   = if ($policy) { $policy.BackupDirectory } else { $null }
    LastPasswordReset = $lastUpdate
    Healthy           = $false
}

if ($lastUpdate -and $lastUpdate -gt (Get-Date).ToUniversalTime().AddDays(-$MaxAgeDays)) {
    $result.Healthy = $true
}
$result
