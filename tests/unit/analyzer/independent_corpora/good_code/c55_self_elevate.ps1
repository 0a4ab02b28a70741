<#
.SYNOPSIS
    Resets the Windows Update components; relaunches itself elevated when needed.
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param()

$identity = [Security.Principal.WindowsIdentity]::GetCurrent()
$principal = New-Object -TypeName Security.Principal.WindowsPrincipal -ArgumentList $identity
if (-not $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {
    Write-Verbose -Message 'Not elevated; restarting as administrator'
    $arguments = @('-NoProfile', '-File', "`"$PSCommandPath`"")
    Start-Process -FilePath 'powershell.exe' -ArgumentList $arguments -Verb RunAs
    return
}

$services = 'wuauserv', 'bits', 'cryptsvc'
if ($PSCmdlet.ShouldProcess('Windows Update', 'Reset components')) {
    Stop-Service -Name $services -Force
    $distribution = Join-Path -Path $env:SystemRoot -ChildPath 'SoftwareDistribution'
    if (Test-Path -Path $distribution) {
        Rename-Item -Path $distribution -NewName ('SoftwareDistribution.{0:yyyyMMddHHmm}' -f (Get-Date))
    }
    Start-Service -Name $services
}
