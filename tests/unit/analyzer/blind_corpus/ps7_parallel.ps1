#Requires -Version 7.2
$servers = Get-Content -Path "$PSScriptRoot\servers.txt"
$timeout = 2
$results = $servers | ForEach-Object -Parallel {
    $reply = Test-Connection -TargetName $_ -Count 1 -TimeoutSeconds $using:timeout -Quiet
    [pscustomobject]@{ Server = $_; Online = $reply }
} -ThrottleLimit 8

$ports = $servers | ForEach-Object -Parallel {
    Test-Connection -TargetName $_ -TcpPort 443 -TimeoutSeconds $timeout
}
$results | Where-Object -Not Online
$ports | Select-Object -First 5
Write-Output "$($PSStyle.Foreground.Green)done$($PSStyle.Reset)"
