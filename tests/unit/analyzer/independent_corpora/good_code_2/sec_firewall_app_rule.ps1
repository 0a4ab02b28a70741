#Requires -RunAsAdministrator
[CmdletBinding(SupportsShouldProcess)]
param(
    [string]$ProgramPath = 'C:\Program Files\Contoso\Collector\collector.exe',
    [int[]]$Port = @(8443, 9100)
)

$ruleName = 'Contoso Collector (inbound)'
$existing = Get-NetFirewallRule -DisplayName $ruleName -ErrorAction SilentlyContinue

if ($existing) {
    if ($PSCmdlet.ShouldProcess($ruleName, 'Update firewall rule')) {
        Set-NetFirewallRule -DisplayName $ruleName -Enabled True -Profile Domain, Private
        Get-NetFirewallRule -DisplayName $ruleName | Set-NetFirewallPortFilter -Protocol TCP -LocalPort $Port
    }
}
elseif ($PSCmdlet.ShouldProcess($ruleName, 'Create firewall rule')) {
    New-NetFirewallRule -DisplayName $ruleName `
        -Direction Inbound `
        -Program $ProgramPath `
        -Protocol TCP `
        -LocalPort $Port `
        -Profile Domain, Private `
        -Action Allow | Out-Null
}

Get-NetFirewallProfile | Select-Object -Property Name, Enabled, DefaultInboundAction
