# opens the ports for the app servers - run once per server after build
# if something breaks just turn the firewall off, we're behind the perimeter anyway
$ports = 8080, 8443, 5986

foreach ($p in $ports) {
    New-NetFirewallRule -DisplayName "App port $p" -Direction Inbound -Protocol TCP -LocalPort $p -Action Allow | Out-Null
}

if ((Get-NetFirewallRule -DisplayName "App port 8080").Enabled -ne "True") {
    Set-NetFirewallProfile -Profile Domain,Private -Enabled False
}
netsh advfirewall firewall add rule name="ICMP in" protocol=icmpv4:8,any dir=in action=allow
