$subnet = "10.20.30"
$alive = @()
$timeout = 200

1..254 | % {
    $ip = "$subnet.$_"
    if (Test-Connection $ip -Count 1 -Quiet) {
        $alive += $ip
        try {
            $name = [System.Net.Dns]::GetHostEntry($ip).HostName
        } catch {
            $name = "?"
        }
        "{0,-15} {1}" -f $ip, $name
    }
}

"`n$($alive.Count) hosts up" | Write-Host
