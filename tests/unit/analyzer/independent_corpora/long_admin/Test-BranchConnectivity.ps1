#Requires -Version 7.1
<#
.SYNOPSIS
    Pings every branch router and probes the key TCP ports in parallel; used by the NOC when a
    region reports problems.
#>
param(
    [string]$SiteFile = (Join-Path $PSScriptRoot 'branches.json'),
    [int[]]$Ports = @(443, 3389, 9100),
    [int]$Parallel = 32
)

$sites = Get-Content -Path $SiteFile -Raw | ConvertFrom-Json -AsHashtable

$results = $sites.GetEnumerator() | ForEach-Object -ThrottleLimit $Parallel -Parallel {
    Write-Verbose "[$($_.Key)] probing $($_.Value.Router) on ports $($Ports -join ',')"
    $site = $_
    $ping = Test-Connection -TargetName $site.Value.Router -Count 2 -TimeoutSeconds 2 -ErrorAction SilentlyContinue
    $open = foreach ($port in $using:Ports) {
        $client = [System.Net.Sockets.TcpClient]::new()
        try {
            $ok = $client.ConnectAsync($site.Value.Router, $port).Wait(1500)
            if ($ok) { $port }
        }
        finally {
            $client.Dispose()
        }
    }
    [pscustomobject]@{
        Site      = $site.Key
        Router    = $site.Value.Router
        LatencyMs = ($ping | Where-Object Status -eq 'Success' | Measure-Object -Property Latency -Average).Average
        OpenPorts = $open -join ','
        Region    = $site.Value.Region ?? 'unknown'
    }
}

$results |
    Sort-Object Region, Site |
    Format-Table -GroupBy Region -Property Site, Router, LatencyMs, OpenPorts

$down = $results.Where({ -not $_.LatencyMs })
if ($down) {
    $PSStyle.Formatting.Warning + "$($down.Count) site(s) not answering: $($down.Site -join ', ')" + $PSStyle.Reset
}
