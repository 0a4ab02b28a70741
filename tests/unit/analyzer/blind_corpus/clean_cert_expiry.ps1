<#
.SYNOPSIS
    Lists machine certificates that expire within the warning window.
#>
[CmdletBinding()]
param(
    [ValidateRange(1, 365)]
    [int]$WarningDays = 30
)

$deadline = (Get-Date).AddDays($WarningDays)
Get-ChildItem -Path Cert:\LocalMachine\My |
    Where-Object { $_.NotAfter -lt $deadline } |
    Select-Object -Property Subject, Thumbprint, NotAfter |
    Sort-Object -Property NotAfter
