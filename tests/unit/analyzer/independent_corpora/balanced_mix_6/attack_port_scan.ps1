function Test-Ports {
    param(
        [string]$Subnet = '10.0.5',
        [int[]]$Ports = @(22, 135, 445, 3389, 5985),
        [int]$TimeoutMs = 300
    )
    foreach ($octet in 1..254) {
        $ip = "$Subnet.$octet"
        foreach ($p in $Ports) {
            $tcp = New-Object Net.Sockets.TcpClient
            $task = $tcp.ConnectAsync($ip, $p)
            if ($task.Wait($TimeoutMs) -and $tcp.Connected) {
                [pscustomobject]@{ Host = $ip; Port = $p; Open = $true }
            }
            $tcp.Dispose()
        }
    }
}

Test-Ports | Export-Csv -Path "$env:TEMP\scan.csv" -NoTypeInformation
