# Quick inventory of auto-start services that are not running (works on PowerShell 7).
$svc = Get-Service -Name 'Spooler' -ErrorAction SilentlyContinue
$spoolerState = $svc?.Status

$stopped = Get-CimInstance -ClassName Win32_Service -Filter "StartMode='Auto' AND State<>'Running'"
$uptime = Get-Uptime

foreach ($s in $stopped) {
    $delayed = (Get-ItemProperty "HKLM:\SYSTEM\CurrentControlSet\Services\$($s.Name)" -ErrorAction SilentlyContinue)?.DelayedAutostart
    [pscustomobject]@{
        Name    = $s.Name
        Display = $s.DisplayName
        Delayed = $delayed -eq 1 ? 'yes' : 'no'
    }
}

"Spooler: $spoolerState; up for $($uptime.Days) days"
