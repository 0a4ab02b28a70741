#Requires -Version 7.0

function Get-ServiceEndpoint {
    <#
    .SYNOPSIS
        Returns the base URL of a service from the shared registry file.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$Name,
        [string]$RegistryPath = "$HOME/.config/services.json"
    )

    $registry = Get-Content -Path $RegistryPath -Raw | ConvertFrom-Json -AsHashtable
    $registry[$Name]?['url'] ?? $(throw "Unknown service '$Name'")
}

function Set-ServiceEndpoint {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$Name,
        [Parameter(Mandatory)]
        [uri]$Url,
        [string]$RegistryPath = "$HOME/.config/services.json"
    )

    $registry = (Test-Path -Path $RegistryPath) ? (Get-Content -Path $RegistryPath -Raw | ConvertFrom-Json -AsHashtable) : @{}
    $registry[$Name] = @{ url = $Url.AbsoluteUri; updated = (Get-Date -AsUTC).ToString('o') }
    $registry | ConvertTo-Json -Depth 5 | Set-Content -Path $RegistryPath
}

Export-ModuleMember -Function Get-ServiceEndpoint, Set-ServiceEndpoint
