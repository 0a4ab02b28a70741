# Opens the ports the monitoring agent needs and removes legacy rules.
[CmdletBinding()]
param(
    [string[]]$CollectorAddresses = @('10.20.0.15', '10.20.0.16')
)

$rules = @(
    @{ Name = 'Monitoring-Agent-TCP'; Port = 5723; Protocol = 'TCP' },
    @{ Name = 'Monitoring-SNMP'; Port = 161; Protocol = 'UDP' }
)

foreach ($r in $rules) {
    $existing = Get-NetFirewallRule -DisplayName $r.Name -ErrorAction SilentlyContinue
    if ($existing) {
        Write-Verbose "Rule $($r.Name) exists, updating address filter"
        $existing | Get-NetFirewallAddressFilter | Set-NetFirewallAddressFilter -RemoteAddress $CollectorAddresses
        continue
    }
    New-NetFirewallRule -DisplayName $r.Name -Direction Inbound -Action Allow `
        -Protocol $r.Protocol -LocalPort $r.Port -RemoteAddress $CollectorAddresses -Profile Domain | Out-Null
}

Get-NetFirewallRule -DisplayName 'Legacy-Agent*' | Remove-NetFirewallRule
