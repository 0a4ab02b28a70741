#!/usr/bin/env pwsh
# clusterwatch.ps1 - poll the k8s ingress endpoints and the legacy status pages, post a summary
# to the ops channel. Runs from a cron job on the tools VM (pwsh 7.3).

param(
    [string]$Environment = 'prod',
    [string]$StatusUser = 'monitor',
    [string]$StatusPass,
    [int]$Threads = 8
)

$endpoints = Get-Content "$PSScriptRoot/endpoints.$Environment.json" | ConvertFrom-Json
$webhook = $env:OPS_WEBHOOK ?? 'https://hooks.example.com/services/T000/B000/placeholder'
$timeout = 10
$started = Get-Date -AsUTC

# 1. HTTP checks in parallel
$results = $endpoints.http | ForEach-Object -Parallel {
    $sw = [System.Diagnostics.Stopwatch]::StartNew()
    try {
        $r = Invoke-WebRequest -Uri $_.url -TimeoutSec $timeout -SkipHttpErrorCheck -UseBasicParsing
        $code = $r.StatusCode
    }
    catch {
        $code = 0
    }
    [pscustomobject]@{
        Name   = $_.name
        Url    = $_.url
        Code   = $code
        Ms     = $sw.ElapsedMilliseconds
        Ok     = $code -ge 200 -and $code -lt 400
    }
} -ThrottleLimit $Threads

# 2. legacy status pages behind basic auth (plain http inside the DMZ, yes really)
$sec = ConvertTo-SecureString $StatusPass -AsPlainText -Force
$cred = [pscredential]::new($StatusUser, $sec)
foreach ($page in $endpoints.legacy) {
    $resp = Invoke-RestMethod -Uri $page.url -Credential $cred -Authentication Basic -AllowUnencryptedAuthentication -TimeoutSec $timeout
    $results += [pscustomobject]@{
        Name = $page.name
        Url  = $page.url
        Code = $resp.status -eq 'green' ? 200 : 503
        Ms   = $null
        Ok   = $resp.status -eq 'green'
    }
}

# 3. ICMP to the nodes
$nodes = $endpoints.nodes
$ping = Test-Connection -TargetName $nodes -Count 2 -TimeoutSeconds 2
$down = $ping | Where-Object Status -NE 'Success' | Select-Object -ExpandProperty Destination -Unique

# 4. summary
$failed = $results | Where-Object { -not $_.Ok }
$lines = foreach ($f in $failed) {
    "- $($f.Name) ($($f.Code)) $($f.Url)"
}
$summary = [ordered]@{
    text = $failed ? "clusterwatch $Environment - $($failed.Count) endpoint(s) failing`n$($lines -join "`n")" : "clusterwatch $Environment - all green"
    nodes_down = $down
    checked_at = $started.ToString('o')
    elapsed = ((Get-Date -AsUTC) - $started).TotalSeconds
}

$summary | ConvertTo-Json -Depth 4 | Out-File "$PSScriptRoot/last-run.json"
Invoke-RestMethod -Uri $webhook -Method Post -Body ($summary | ConvertTo-Json -Compress) -ContentType 'application/json' | Out-Null && Write-Verbose 'posted'

if ($failed -or $down) { exit 2 }
