<#
.SYNOPSIS
    Disable computer accounts that have not logged on for 90 days.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [int]$DaysInactive = 90,
    [string]$SearchBase = 'OU=Workstations,DC=corp,DC=contoso,DC=com'
)

Import-Module ActiveDirectory
$cutoff = (Get-Date).AddDays(-$DaysInactive)
$stale = Get-ADComputer -Filter { LastLogonTimeStamp -lt $cutoff } -SearchBase $SearchBase -Properties LastLogonTimeStamp

foreach ($pc in $stale) {
    if ($PSCmdlet.ShouldProcess($pc.Name, 'Disable computer account')) {
        Disable-ADAccount -Identity $pc
        Write-Host "Disabled $($pc.Name)" -ForegroundColor Yellow
    }
}
$stale | select Name, LastLogonTimeStamp | Export-Csv -Path C:\Reports\stale.csv -NoTypeInformation
