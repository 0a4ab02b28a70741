#Requires -Modules ActiveDirectory
<#
.SYNOPSIS
    Reports user accounts that have not logged on for a number of days.
#>
param(
    [int]$Days = 90,
    [string]$SearchBase = 'OU=Staff,DC=corp,DC=contoso,DC=com',
    [string]$ReportPath = 'C:\Reports\stale-users.csv'
)

Import-Module ActiveDirectory

function Get-StaleUsers {
    param(
        [int]$Threshold,
        [string]$Base
    )
    $cutoff = (Get-Date).AddDays(-$Threshold)
    $users = Get-ADUser -Filter 'Enabled -eq $true' -SearchBase $Base -Properties LastLogonDate, Manager, Department
    $total = $users.Count
    $users | ? { $_.LastLogonDate -lt $cutoff -or $_.LastLogonDate -eq $null }
}

$stale = Get-StaleUsers -Threshold $Days -Base $SearchBase
Write-Host "Found $($stale.Count) stale accounts" -ForegroundColor Yellow

$report = foreach ($u in $stale) {
    $manager = $null
    if ($u.Manager) {
        $manager = (Get-ADUser -Identity $u.Manager).Name
    }
    [pscustomobject]@{
        SamAccountName = $u.SamAccountName
        Name           = $u.Name
        Department     = $u.Department
        LastLogon      = $u.LastLogonDate
        Manager        = $manager
    }
}

$report | Sort-Object LastLogon | Export-Csv -Path $ReportPath -NoTypeInformation
$stale | % { Write-Verbose "Stale: $($_.SamAccountName)" }
