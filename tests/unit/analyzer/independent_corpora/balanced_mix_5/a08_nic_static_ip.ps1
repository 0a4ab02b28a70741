[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)]
    [string]$InterfaceAlias,
    [Parameter(Mandatory)]
    [ipaddress]$IPAddress,
    [ValidateRange(8, 30)]
    [int]$PrefixLength = 24,
    [ipaddress]$Gateway,
    [string[]]$DnsServers = @('10.0.0.10', '10.0.0.11')
)

$adapter = Get-NetAdapter -Name $InterfaceAlias -ErrorAction Stop
if ($adapter.Status -ne 'Up') {
    Write-Warning "Adapter $InterfaceAlias is $($adapter.Status)"
}

if ($PSCmdlet.ShouldProcess($InterfaceAlias, "Set static IP $IPAddress/$PrefixLength")) {
    Get-NetIPAddress -InterfaceAlias $InterfaceAlias -AddressFamily IPv4 -ErrorAction SilentlyContinue |
        Remove-NetIPAddress -Confirm:$false
    $params = @{
        InterfaceAlias = $InterfaceAlias
        IPAddress      = $IPAddress.IPAddressToString
        PrefixLength   = $PrefixLength
    }
    if ($Gateway) { $params.DefaultGateway = $Gateway.IPAddressToString }
    New-NetIPAddress @params | Out-Null
    Set-DnsClientServerAddress -InterfaceAlias $InterfaceAlias -ServerAddresses $DnsServers
}
