<#
.SYNOPSIS
    Configures the Windows Update client to use the internal WSUS server.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)]
    [uri]$WsusServer
)

$wuKey = 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate'
$auKey = Join-Path -Path $wuKey -ChildPath 'AU'

foreach ($key in $wuKey, $auKey) {
    if (-not (Test-Path -Path $key)) {
        New-Item -Path $key -Force | Out-Null
    }
}

Set-ItemProperty -Path $wuKey -Name 'WUServer' -Value $WsusServer.AbsoluteUri
Set-ItemProperty -Path $wuKey -Name 'WUStatusServer' -Value $WsusServer.AbsoluteUri
Set-ItemProperty $auKey 'UseWUServer' 1

Restart-Service -Name wuauserv
Write-Verbose -Message "Windows Update now points at $WsusServer"
