#Requires -Version 7.0
<#
.SYNOPSIS
    Polls the health endpoints of the internal services and writes a summary (PowerShell 7 only).
#>
[CmdletBinding()]
param(
    [string]$ConfigPath = "$PSScriptRoot/endpoints.json",
    [int]$TimeoutSec = 10
)

$endpoints = Get-Content -Path $ConfigPath -Raw | ConvertFrom-Json -AsHashtable

$results = foreach ($name in $endpoints.Keys) {
    $response = Invoke-RestMethod -Uri $endpoints[$name] -TimeoutSec $TimeoutSec -SkipHttpErrorCheck -StatusCodeVariable status
    [pscustomobject]@{
        Service = $name
        Status  = $status
        Healthy = $status -eq 200 ? $true : $false
        Version = $response?.version ?? 'unknown'
    }
}

$results | Sort-Object -Property Healthy, Service | Format-Table -AutoSize
$unhealthy = @($results | Where-Object { -not $_.Healthy })
$unhealthy.Count -eq 0 && Write-Verbose 'All services healthy'
