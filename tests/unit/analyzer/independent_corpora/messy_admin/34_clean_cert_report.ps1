<#
.SYNOPSIS
    Reports machine certificates that expire within a given number of days.
.DESCRIPTION
    Reads the LocalMachine\My store and writes one object per certificate that is
    close to expiry. Intended to run as a scheduled task; output is collected by the
    monitoring agent from the JSON file.
#>
[CmdletBinding()]
param(
    [ValidateRange(1, 365)]
    [int]$WithinDays = 30,

    [string]$OutputPath = 'C:\ProgramData\CertReport\expiring.json'
)

$limit = (Get-Date).AddDays($WithinDays)
$expiring = Get-ChildItem -Path 'Cert:\LocalMachine\My' |
    Where-Object { $_.NotAfter -le $limit } |
    Sort-Object -Property NotAfter |
    Select-Object -Property Subject, Thumbprint, NotAfter,
        @{ Name = 'DaysLeft'; Expression = { [int]($_.NotAfter - (Get-Date)).TotalDays } }

$folder = Split-Path -Path $OutputPath -Parent
if (-not (Test-Path -Path $folder)) {
    $null = New-Item -Path $folder -ItemType Directory
}

$expiring | ConvertTo-Json -Depth 3 | Set-Content -Path $OutputPath -Encoding UTF8
Write-Verbose -Message ('{0} certificate(s) expire before {1:d}' -f @($expiring).Count, $limit)
$expiring
