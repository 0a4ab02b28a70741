# Fleet report run by the ops container (PowerShell 7 on Linux and Windows hosts).
$uptime = Get-Uptime
$bootUtc = (Get-Uptime -Since).ToUniversalTime()
$now = Get-Date -AsUTC

$os = if ($IsLinux) {
    (Get-Content -Path /etc/os-release | Where-Object { $_ -like 'PRETTY_NAME=*' }) -replace '^PRETTY_NAME="?(.*?)"?$', '$1'
}
else {
    (Get-CimInstance -ClassName Win32_OperatingSystem).Caption
}

[PSCustomObject]@{
    Host        = [System.Net.Dns]::GetHostName()
    OS          = $os
    UptimeDays  = [math]::Round($uptime.TotalDays, 1)
    BootUtc     = $bootUtc.ToString('o')
    CollectedAt = $now.ToString('o')
} | ConvertTo-Json -Compress
