function Test-TcpPort ([string]$ComputerName, [int]$Port = 443)
    $client = [System.Net.Sockets.TcpClient]::new()
    try {
        $task = $client.ConnectAsync($ComputerName, $Port)
        $task.Wait(3000) -and $client.Connected
    }
    finally {
        $client.Dispose()
    }
}

Test-TcpPort -ComputerName $env:SMTP_HOST -Port 587
