<#
    Run-book helper for the "clients cannot reach the app server" incident (KB-0412).
    Collects the usual evidence into a zip for the vendor, and optionally turns the Windows
    firewall off for ten minutes to rule it out (needs the change manager's approval!).
#>
param(
    [string]$AppServiceName = 'ContosoAppSvc',
    [int[]]$AppPorts = @(8443, 8444),
    [switch]$DisableFirewallTemporarily
)

$out = Join-Path $env:TEMP "appsrv-evidence-$(Get-Date -Format yyyyMMddHHmm)"
New-Item -ItemType Directory -Path $out | Out-Null

Get-Service -Name $AppServiceName | Select-Object * | Out-File "$out\service.txt"
Get-NetTCPConnection -State Listen | Where-Object LocalPort -in $AppPorts | Out-File "$out\listeners.txt"
Get-NetFirewallProfile | Format-List Name, Enabled, DefaultInboundAction | Out-File "$out\firewall.txt"
ipconfig /all > "$out\ipconfig.txt"
netsh http show sslcert > "$out\sslcert.txt"

$appLog = Get-WinEvent -LogName Application -MaxEvents 500 |
    Where-Object { $_.ProviderName -like 'Contoso*' -or $_.LevelDisplayName -eq 'Error' }
if ($appLog -ne $null) {
    $appLog | Select-Object TimeCreated, ProviderName, Id, LevelDisplayName, Message |
        Export-Csv -Path "$out\application-events.csv" -NoTypeInformation
}

foreach ($port in $AppPorts) {
    $test = Test-NetConnection -ComputerName localhost -Port $port -WarningAction SilentlyContinue
    "{0}: {1}" -f $port, $test.TcpTestSucceeded | Add-Content -Path "$out\port-tests.txt"
}

if ($DisableFirewallTemporarily) {
    Write-Warning 'Disabling the Windows firewall for 10 minutes'
    Set-NetFirewallProfile -Profile Domain, Private -Enabled False
    try {
        Start-Sleep -Seconds 600
    }
    finally {
        Set-NetFirewallProfile -Profile Domain, Private -Enabled True
        Write-Warning 'Windows firewall enabled again'
    }
}

Compress-Archive -Path "$out\*" -DestinationPath "$out.zip" -Force
Write-Output "Evidence collected in $out.zip"
