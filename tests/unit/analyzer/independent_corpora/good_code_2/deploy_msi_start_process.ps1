<#
.SYNOPSIS
    Silent install of the monitoring agent MSI from the deployment share, with a verbose log.
#>
[CmdletBinding()]
param(
    [string]$InstallerPath = '\\deploy01\packages\MonitoringAgent\MonitoringAgent-x64.msi',
    [string]$LogDirectory = "$env:SystemRoot\Temp"
)

$ErrorActionPreference = 'Stop'
$logFile = Join-Path -Path $LogDirectory -ChildPath ('MonitoringAgent-{0:yyyyMMddHHmmss}.log' -f (Get-Date))

$signature = Get-AuthenticodeSignature -FilePath $InstallerPath
if ($signature.Status -ne 'Valid') {
    throw "Installer signature is $($signature.Status); aborting."
}

$arguments = @(
    '/i'
    "`"$InstallerPath`""
    '/qn'
    '/norestart'
    "/l*v `"$logFile`""
    'SERVERURL=https://monitor.corp.contoso.com'
)

$process = Start-Process -FilePath 'msiexec.exe' -ArgumentList $arguments -Wait -PassThru -WindowStyle Hidden
switch ($process.ExitCode) {
    0 { Write-Output 'Installed.' }
    3010 { Write-Output 'Installed; reboot required.' }
    1618 { throw 'Another installation is in progress; retry later.' }
    default { throw "msiexec returned $($process.ExitCode); see $logFile" }
}
