<#
.SYNOPSIS
    Re-binds every HTTPS site on the web farm to the renewed wildcard certificate.
.DESCRIPTION
    The new certificate is imported by the PKI team; this script finds it by subject and
    expiry, then swaps the SSL binding of each site that still uses the old thumbprint.
#>
[CmdletBinding()]
param(
    [string]$Subject = 'CN=*.contoso.com',
    [string[]]$WebServers = @('WEB01', 'WEB02', 'WEB03'),
    [switch]$RestartAppPools
)

function Update-SiteBinding {
    param(
        [string]$Server,
        [string]$NewThumbprint
    )

    Invoke-Command -ComputerName $Server -ArgumentList $NewThumbprint -ScriptBlock {
        $thumb = $args[0]
        Import-Module WebAdministration
        $changed = foreach ($binding in Get-ChildItem -Path IIS:\SslBindings) {
            if ($binding.Thumbprint -ne $thumb) {
                $binding | Remove-Item
                Get-Item -Path "Cert:\LocalMachine\My\$thumb" | New-Item -Path "IIS:\SslBindings\$($binding.IPAddress)!$($binding.Port)"
                "$($binding.IPAddress):$($binding.Port)"
            }
        }
        $changed
    }
}

$newCert = Get-ChildItem -Path Cert:\LocalMachine\My |
    where { $_.Subject -eq $Subject -and $_.NotAfter -gt (Get-Date).AddDays(300) } |
    Sort-Object NotAfter -Descending |
    Select-Object -First 1
if ($newCert -eq $null) {
    throw "No renewed certificate with subject $Subject in LocalMachine\My"
}

foreach ($server in $WebServers) {
    $bindings = Update-SiteBinding -Server $server -NewThumbprint $newCert.Thumbprint
    Write-Output "$server : $(@($bindings).Count) binding(s) updated"
    if ($RestartAppPools -and $bindings) {
        Invoke-Command -ComputerName $server -ScriptBlock {
            Import-Module WebAdministration
            Get-ChildItem -Path IIS:\AppPools | ForEach-Object { Restart-WebAppPool -Name $_.Name }
        }
    }
}

Invoke-Command -ComputerName 'WEB-STAGING01' -ScriptBlock { Get-ChildItem -Path IIS:\SslBindings } |
    Format-Table IPAddress, Port, Thumbprint -AutoSize
