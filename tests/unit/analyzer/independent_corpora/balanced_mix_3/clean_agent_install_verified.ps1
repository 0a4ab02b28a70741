<#
.SYNOPSIS
    Installs the monitoring agent after checking the installer's hash and signature.
#>
[CmdletBinding()]
param(
    [string]$InstallerUrl = 'https://downloads.contoso.com/agent/MonitoringAgent-4.2.1.msi',
    [string]$ExpectedSha256 = 'D2A84F4B8B650937EC8F73CD8BE2C74ADD5A911BA64DF27458ED8229DA804A26'
)

$ErrorActionPreference = 'Stop'
$installer = Join-Path $env:TEMP 'MonitoringAgent.msi'

Invoke-WebRequest -Uri $InstallerUrl -OutFile $installer -UseBasicParsing

$hash = (Get-FileHash -Path $installer -Algorithm SHA256).Hash
$signature = Get-AuthenticodeSignature -FilePath $installer
if ($hash -ne $ExpectedSha256 -or $signature.Status -ne 'Valid') {
    Remove-Item -Path $installer -Force
    throw "Installer failed verification (hash $hash, signature $($signature.Status))"
}

$msiArgs = @('/i', "`"$installer`"", '/qn', '/norestart', "/l*v `"$env:TEMP\agent-install.log`"")
$process = Start-Process -FilePath 'msiexec.exe' -ArgumentList $msiArgs -Wait -PassThru
if ($process.ExitCode -notin 0, 3010) {
    throw "msiexec failed with exit code $($process.ExitCode)"
}
Write-Output "Agent installed (exit code $($process.ExitCode))"
