$script:InternetSettings = 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Internet Settings'

# .SYNOPSIS
#     Returns the proxy configured for the current user.
# .EXAMPLE
#     Get-ProxyServer
function Get-ProxyServer {
    [CmdletBinding()]
    param()

    Get-ItemProperty -Path $script:InternetSettings |
        Select-Object -Property ProxyServer, ProxyEnable, ProxyOverride
}

<#
.SYNOPSIS
    Enables a proxy server for the current user.
#>


function Enable-Proxy {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)]
        [ValidatePattern('^[\w.-]+:\d+$')]
        [string]$Server
    )

    Set-ItemProperty -Path $script:InternetSettings -Name ProxyServer -Value $Server
    Set-ItemProperty -Path $script:InternetSettings -Name ProxyEnable -Value 1
}

function Disable-Proxy {
    <#
        Turns the proxy off again; the server setting is kept.
    #>
    [CmdletBinding(SupportsShouldProcess)]
    param()

    Set-ItemProperty -Path $script:InternetSettings -Name ProxyEnable -Value 0
}

function Test-ProxyBypass {
    [CmdletBinding()]
    [OutputType([bool])]
    param(
        [Parameter(Mandatory)]
        [string]$HostName
    )

    $override = (Get-ProxyServer).ProxyOverride -split ';'
    foreach ($pattern in $override) {
        if ($HostName -like $pattern) {
            return $true
        }
    }
    return $false

    <#
    .SYNOPSIS
        Tells whether a host name is on the proxy bypass list.
    #>
}

Export-ModuleMember -Function Get-ProxyServer, Enable-Proxy, Disable-Proxy, Test-ProxyBypass
