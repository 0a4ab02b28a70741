# Checks that the RDP and WinRM ports answer on every server in the inventory file.
$servers = Import-Csv -Path .\servers.csv | Select-Object -ExpandProperty Name
$ports = 3389, 5985
$timeout = 2

$results = $servers | ForEach-Object -ThrottleLimit 16 -Parallel {
    $name = $_
    foreach ($p in $using:ports) {
        [pscustomobject]@{
            Server = $name
            Port   = $p
            Open   = Test-Connection -TargetName $name -TcpPort $p -TimeoutSeconds $timeout -Quiet
        }
    }
}

$results | Where-Object { -not $_.Open } | Sort-Object Server, Port | Format-Table -AutoSize
