<#
.SYNOPSIS
    Opens the inbound port for the Contoso reporting service and makes sure the firewall is on.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [int]$Port = 8443,
    [string]$ProgramPath = 'C:\Program Files\Contoso\Reporting\ReportSvc.exe'
)

$ruleName = 'Contoso Reporting (HTTPS-In)'

$disabled = Get-NetFirewallProfile | Where-Object { -not $_.Enabled }
if ($disabled) {
    Write-Warning ("Firewall profile(s) disabled: {0}" -f ($disabled.Name -join ', '))
}

if (Get-NetFirewallRule -DisplayName $ruleName -ErrorAction SilentlyContinue) {
    Write-Verbose "Rule '$ruleName' already exists."
}
elseif ($PSCmdlet.ShouldProcess($ruleName, 'Create firewall rule')) {
    New-NetFirewallRule -DisplayName $ruleName -Direction Inbound -Protocol TCP -LocalPort $Port `
        -Program $ProgramPath -Action Allow -Profile Domain, Private | Out-Null
}

Get-NetFirewallRule -DisplayName $ruleName | Get-NetFirewallPortFilter |
    Select-Object -Property Protocol, LocalPort
