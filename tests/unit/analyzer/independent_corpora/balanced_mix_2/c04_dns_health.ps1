<#
.SYNOPSIS
    Verifies that every domain controller resolves a fixed set of names consistently.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string[]]$DnsServer,

    [string[]]$Name = @('intranet.corp.contoso.com', 'mail.contoso.com', 'vpn.contoso.com')
)

$answers = foreach ($server in $DnsServer) {
    foreach ($n in $Name) {
        $records = Resolve-DnsName -Name $n -Server $server -Type A -DnsOnly -ErrorAction SilentlyContinue
        [pscustomobject]@{
            Server  = $server
            Name    = $n
            Address = ($records | Where-Object Type -eq 'A' | Sort-Object IPAddress | Select-Object -ExpandProperty IPAddress) -join ','
        }
    }
}

$inconsistent = $answers | Group-Object Name | Where-Object { ($_.Group.Address | Sort-Object -Unique).Count -gt 1 }
foreach ($group in $inconsistent) {
    Write-Warning "Servers disagree about $($group.Name)"
    $group.Group | Format-Table Server, Address -AutoSize | Out-String | Write-Verbose
}
$answers
