# Probes a list of TCP endpoints with a bounded retry loop.
[CmdletBinding()]
param(
    [string[]]$Endpoint = @('sql01:1433', 'web01:443', 'dc01:389'),
    [int]$TimeoutMs = 1500
)

trap [System.Net.Sockets.SocketException] {
    Write-Warning -Message "Socket error: $($_.Exception.Message)"
    continue
}

$results = [System.Collections.Generic.List[object]]::new()

:endpoints foreach ($entry in $Endpoint) {
    $hostName, $port = $entry -split ':'
    for ($try = 1; $try -le 3; $try++) {
        $client = [System.Net.Sockets.TcpClient]::new()
        try {
            $task = $client.ConnectAsync($hostName, [int]$port)
            if ($task.Wait($TimeoutMs)) {
                $results.Add([pscustomobject]@{ Host = $hostName; Port = $port; Try = $try; Open = $true })
                continue endpoints
            }
        }
        finally {
            $client.Dispose()
        }
    }
    $results.Add([pscustomobject]@{ Host = $hostName; Port = $port; Try = 3; Open = $false })
}

$i = 0
while ($true) {
    if (++$i -gt 2) { break }
}

for (;;) {
    $i--
    if ($i -le 0) { break }
}

do {
    $i++
} while ($i -lt 3)

$results
