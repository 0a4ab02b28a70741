#Requires -Version 7.2
<#
.SYNOPSIS
    PowerShell 7 reachability sweep of the branch routers listed in a CSV.
#>
param(
    [string]$CsvPath = (Join-Path -Path $PSScriptRoot -ChildPath 'routers.csv'),
    [int]$ThrottleLimit = 16
)

$routers = Import-Csv -Path $CsvPath
$timeoutMs = 800

$results = $routers | ForEach-Object -Parallel {
    $ping = [System.Net.NetworkInformation.Ping]::new()
    $reply = $ping.Send($_.Address, $using:timeoutMs)
    [pscustomobject]@{
        Site    = $_.Site
        Address = $_.Address
        Up      = $reply.Status -eq 'Success'
        RttMs   = $reply.Status -eq 'Success' ? $reply.RoundtripTime : $null
    }
} -ThrottleLimit $ThrottleLimit

$down = $results | Where-Object { -not $_.Up }
$label = $env:SWEEP_LABEL ?? 'adhoc'
Write-Output "[$label] $(@($down).Count) of $(@($results).Count) routers unreachable"
$down | Sort-Object -Property Site | Format-Table -AutoSize
