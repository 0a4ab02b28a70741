<#
.SYNOPSIS
    Applies the firewall baseline for application servers.
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [ValidateRange(1, 65535)]
    [int[]]$AppPort = @(443, 8443)
)

$profiles = Get-NetFirewallProfile
foreach ($fwProfile in $profiles) {
    if (-not $fwProfile.Enabled) {
        Write-Warning -Message "Firewall profile $($fwProfile.Name) was disabled; enabling it"
    }
}
if ($PSCmdlet.ShouldProcess('Domain, Private, Public', 'Enable firewall profiles')) {
    Set-NetFirewallProfile -Profile Domain, Private, Public -Enabled True -DefaultInboundAction Block -DefaultOutboundAction Allow
}

foreach ($port in $AppPort) {
    $ruleName = "Contoso-App-Inbound-$port"
    if (Get-NetFirewallRule -Name $ruleName -ErrorAction SilentlyContinue) {
        Write-Verbose -Message "$ruleName already present"
        continue
    }
    $rule = @{
        Name          = $ruleName
        DisplayName   = "Contoso application (TCP $port)"
        Direction     = 'Inbound'
        Protocol      = 'TCP'
        LocalPort     = $port
        Action        = 'Allow'
        Profile       = 'Domain'
        RemoteAddress = '10.20.0.0/16'
    }
    if ($PSCmdlet.ShouldProcess($ruleName, 'Create firewall rule')) {
        New-NetFirewallRule @rule | Out-Null
    }
}
