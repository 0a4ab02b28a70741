<#
.SYNOPSIS
    Lists certificates in the local machine store that expire soon.
.PARAMETER Days
    How many days ahead to look.
.PARAMETER StoreName
    Certificate store under Cert:\LocalMachine.
#>
[CmdletBinding()]
param(
    [ValidateRange(1, 3650)]
    [int]$Days = 45,

    [ValidateSet('My', 'WebHosting', 'Root')]
    [string]$StoreName = 'My'
)

$deadline = (Get-Date).AddDays($Days)
$storePath = Join-Path -Path 'Cert:\LocalMachine' -ChildPath $StoreName

Get-ChildItem -Path $storePath |
    Where-Object -FilterScript { $_.NotAfter -le $deadline } |
    Sort-Object -Property NotAfter |
    Select-Object -Property Subject, Thumbprint, NotAfter, @{
        Name       = 'DaysLeft'
        Expression = { [int]($_.NotAfter - (Get-Date)).TotalDays }
    }
