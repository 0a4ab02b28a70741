<#
    Re-applies the firewall baseline: every profile on, inbound blocked by default, logging of drops.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [string]$LogPath = '%SystemRoot%\System32\LogFiles\Firewall\pfirewall.log'
)

$before = Get-NetFirewallProfile | Select-Object -Property Name, Enabled, DefaultInboundAction

if ($PSCmdlet.ShouldProcess('Domain, Private, Public', 'Enable firewall profiles')) {
    Set-NetFirewallProfile -Profile Domain, Private, Public -Enabled True -DefaultInboundAction Block -DefaultOutboundAction Allow -LogBlocked True -LogFileName $LogPath
}

$after = Get-NetFirewallProfile | Select-Object -Property Name, Enabled, DefaultInboundAction
Compare-Object -ReferenceObject $before -DifferenceObject $after -Property Name, Enabled, DefaultInboundAction
netsh.exe advfirewall show allprofiles state
