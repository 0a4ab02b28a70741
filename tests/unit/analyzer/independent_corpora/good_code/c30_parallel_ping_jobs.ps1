<#
.SYNOPSIS
    Checks TCP reachability of many endpoints in parallel using background jobs.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)]
    [string]$EndpointFile,

    [ValidateRange(1, 32)]
    [int]$ThrottleLimit = 8,

    [int]$TimeoutMs = 2000
)

$endpoints = Get-Content -Path $EndpointFile | Where-Object -FilterScript { $_ -match '^\S+:\d+$' }
$probe = {
    param([string]$HostName, [int]$Port, [int]$Timeout)
    $client = New-Object -TypeName System.Net.Sockets.TcpClient
    try {
        $connect = $client.BeginConnect($HostName, $Port, $null, $null)
        $ok = $connect.AsyncWaitHandle.WaitOne($Timeout) -and $client.Connected
        [pscustomobject]@{ Host = $HostName; Port = $Port; Reachable = $ok }
    }
    finally {
        $client.Close()
    }
}

$jobs = @()
foreach ($endpoint in $endpoints) {
    while (@(Get-Job -State Running).Count -ge $ThrottleLimit) {
        Start-Sleep -Milliseconds 200
    }
    $parts = $endpoint.Split(':')
    $jobs += Start-Job -ScriptBlock $probe -ArgumentList $parts[0], ([int]$parts[1]), $TimeoutMs
}

$jobs | Wait-Job | Receive-Job | Select-Object -Property Host, Port, Reachable
$jobs | Remove-Job
