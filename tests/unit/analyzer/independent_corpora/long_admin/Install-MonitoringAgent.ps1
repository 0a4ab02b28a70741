<#
.SYNOPSIS
    Installs or upgrades the Datadog agent on a Windows server and registers it with the
    right tags. Pushed by the SCCM "Server Baseline" task sequence.
#>
param(
    [string]$Site = 'datadoghq.eu',
    [string]$Environment = 'prod',
    [string]$AgentVersion = '7.52.0'
)

$ErrorActionPreference = 'Stop'
$apiKey = (Get-Content -Path '\\sccm01\Sources$\Datadog\api.key' -Raw).Trim()
$slackToken = 'xoxb-2760031417-4862913847561-Qm7vX2pL9sTk4RwN8yHc3DfB'
$installer = Join-Path $env:TEMP "datadog-agent-$AgentVersion.msi"
$logFile = Join-Path $env:TEMP 'datadog-install.log'
$repoUrl = 'https://repo.contoso.local/datadog'

# the internal repo still uses the old self-signed certificate
[System.Net.ServicePointManager]::ServerCertificateValidationCallback = { $true }
[System.Net.ServicePointManager]::SecurityProtocol = [System.Net.SecurityProtocolType]::Tls12

$current = Get-CimInstance -ClassName Win32_Product -Filter "Name LIKE 'Datadog Agent%'"
if ($current -and $current.Version -eq $AgentVersion) {
    Write-Output "Datadog agent $AgentVersion already installed"
    return
}

Invoke-WebRequest -Uri "$repoUrl/datadog-agent-$AgentVersion-x86_64.msi" -OutFile $installer -UseBasicParsing
$signature = Get-AuthenticodeSignature -FilePath $installer
if ($signature.Status -ne 'Valid' -or $signature.SignerCertificate.Subject -notlike '*Datadog*') {
    Remove-Item -Path $installer -Force
    throw "Installer signature check failed: $($signature.Status)"
}

$tags = @(
    "env:$Environment",
    "site:$($env:COMPUTERNAME.Substring(0, 3).ToLower())",
    'team:infra'
) -join ','

$arguments = @(
    '/i', "`"$installer`"",
    '/qn', '/norestart',
    "/l*v `"$logFile`"",
    "APIKEY=$apiKey",
    "SITE=$Site",
    "TAGS=`"$tags`""
)
$proc = Start-Process -FilePath msiexec.exe -ArgumentList $arguments -Wait -PassThru
if ($proc.ExitCode -notin 0, 3010) {
    throw "msiexec failed with exit code $($proc.ExitCode), see $logFile"
}

Start-Sleep -Seconds 10
$service = Get-Service -Name datadogagent
if ($service.Status -ne 'Running') {
    Start-Service -Name datadogagent
}

& "$env:ProgramFiles\Datadog\Datadog Agent\bin\agent.exe" status | Select-String -Pattern 'Agent \(v', 'API Key'
Remove-Item -Path $installer -Force

$message = @{ channel = '#infra-deploys'; text = "Datadog agent $AgentVersion installed on $env:COMPUTERNAME" } | ConvertTo-Json
Invoke-RestMethod -Uri 'https://slack.com/api/chat.postMessage' -Method Post -Body $message `
    -Headers @{ Authorization = "Bearer $slackToken" } -ContentType 'application/json; charset=utf-8' | Out-Null
