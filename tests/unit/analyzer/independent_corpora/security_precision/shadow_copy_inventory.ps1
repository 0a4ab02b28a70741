<#
.SYNOPSIS
    Reports the shadow copies on this server and warns when the newest is too old.
#>
[CmdletBinding()]
param(
    [int]$MaxAgeHours = 26
)

Write-Verbose 'Raw vssadmin output follows'
$raw = vssadmin.exe list shadows
Write-Verbose ($raw -join [Environment]::NewLine)

$shadows = Get-CimInstance -ClassName Win32_ShadowCopy |
    Select-Object -Property ID, VolumeName, InstallDate

if (-not $shadows) {
    Write-Warning 'No shadow copies found on this server.'
    return
}

$newest = $shadows | Sort-Object -Property InstallDate -Descending | Select-Object -First 1
$age = (Get-Date) - $newest.InstallDate
if ($age.TotalHours -gt $MaxAgeHours) {
    Write-Warning ('Newest shadow copy is {0:N1} hours old.' -f $age.TotalHours)
}

vssadmin.exe list shadowstorage
$shadows | Group-Object -Property VolumeName | Select-Object -Property Name, Count
