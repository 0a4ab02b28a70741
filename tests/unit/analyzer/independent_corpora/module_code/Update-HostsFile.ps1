function Update-HostsEntry {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)]
        [string]$HostName,   

        [Parameter(Mandatory)]
        [ipaddress]$Address
    )

    $hostsPath = "$env:SystemRoot\System32\drivers\etc\hosts"
    $lines = Get-Content -Path $hostsPath |	
        Where-Object { $_ -notmatch "\s$([regex]::Escape($HostName))$" }
    $lines += "{0}`t{1}" -f $Address, $HostName
    Set-Content -Path $hostsPath -Value $lines -Encoding ascii `
        -Force
    Clear-DnsClientCache ` 
        -Confirm:$false
}

Update-HostsEntry -HostName build.lab.local -Address 10.20.0.15
