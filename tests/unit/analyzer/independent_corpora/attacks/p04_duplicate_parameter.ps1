function Test-PortOpen {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$ComputerName,

        [int]$Port = 443,

        [int]$TimeoutMs = 2000,

        [int]$Port = 80
    )

    $client = [System.Net.Sockets.TcpClient]::new()
    try {
        $task = $client.ConnectAsync($ComputerName, $Port)
        $task.Wait($TimeoutMs) -and $client.Connected
    }
    finally {
        $client.Dispose()
    }
}

Test-PortOpen -ComputerName $env:COMPUTERNAME -Port 5985
