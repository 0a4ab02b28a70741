# Verifies the monitoring agent version on Windows and Linux hosts (PowerShell 7).
param(
    [string]$MinimumVersion = '3.2.0'
)

$required = [semver]$MinimumVersion

if ($IsWindows) {
    $agent = Get-ItemProperty -Path 'HKLM:\SOFTWARE\Contoso\MonitoringAgent' -ErrorAction SilentlyContinue
    $installed = $agent.Version
}
elseif ($IsLinux -or $IsMacOS) {
    $installed = (& /opt/contoso/agent/bin/agent --version 2>$null) -replace '^agent\s+', ''
}

if (-not $installed) {
    Write-Error 'Monitoring agent is not installed'
    exit 2
}

$current = [System.Management.Automation.SemanticVersion]::new($installed)
$status = $current -ge $required ? 'OK' : 'OUTDATED'

$payload = @{ host = [System.Net.Dns]::GetHostName(); version = "$current"; status = $status }
$payload | ConvertTo-Json -Compress | Set-Content -Path (Join-Path -Path ([System.IO.Path]::GetTempPath()) -ChildPath 'agent-status.json')

Test-Connection -TargetName 'monitor.contoso.com' -TcpPort 443 -Quiet | Out-Null
exit ($status -eq 'OK' ? 0 : 1)
