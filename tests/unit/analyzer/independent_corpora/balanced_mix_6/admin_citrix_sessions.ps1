# Logs off disconnected Citrix sessions older than the threshold
param(
    [int]$IdleHours = 4,
    [string]$DeliveryGroup
)

Add-PSSnapin Citrix.Broker.Admin.V2 -ErrorAction SilentlyContinue

$sessions = Get-BrokerSession -AdminAddress 'ddc01.corp.local' -SessionState Disconnected
$cutoff = (Get-Date).AddHours(-$IdleHours)

foreach ($s in $sessions) {
    if ($s.SessionStateChangeTime -lt $cutoff) {
        Write-Host "Logging off $($s.UserName) on $($s.MachineName)"
        $s | Stop-BrokerSession
    }
}
$sessions | select UserName, MachineName, SessionStateChangeTime | ft -AutoSize
