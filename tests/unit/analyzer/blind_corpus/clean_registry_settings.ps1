function Set-ProxySetting {
    <#
    .SYNOPSIS
        Sets the WinINET proxy for the current user.
    .PARAMETER Server
        host:port of the proxy.
    .PARAMETER Bypass
        Hosts that go direct.
    #>
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)]
        [ValidatePattern('^[\w.-]+:\d+$')]
        [string]$Server,

        [string[]]$Bypass = @('<local>')
    )

    $key = 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Internet Settings'
    if ($PSCmdlet.ShouldProcess($key, "Set proxy to $Server")) {
        Set-ItemProperty -Path $key -Name 'ProxyServer' -Value $Server
        Set-ItemProperty -Path $key -Name 'ProxyOverride' -Value ($Bypass -join ';')
        Set-ItemProperty -Path $key -Name 'ProxyEnable' -Value 1 -Type DWord
    }
}

Set-ProxySetting -Server 'proxy.contoso.com:8080' -Bypass '*.contoso.com', '<local>' -WhatIf
