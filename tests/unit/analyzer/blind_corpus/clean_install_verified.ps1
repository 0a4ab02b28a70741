<#
.SYNOPSIS
    Installs the monitoring agent after checking the installer's signature.
#>
[CmdletBinding()]
param(
    [string]$InstallerUrl = 'https://downloads.contoso.com/agent/agent.msi'
)

$installer = Join-Path -Path $env:TEMP -ChildPath 'agent.msi'
Invoke-WebRequest -Uri $InstallerUrl -OutFile $installer -UseBasicParsing
$signature = Get-AuthenticodeSignature -FilePath $installer
if ($signature.Status -ne 'Valid' -or $signature.SignerCertificate.Subject -notlike '*O=Contoso*') {
    throw "The installer is not signed by Contoso: $($signature.Status)"
}
Start-Process -FilePath 'msiexec.exe' -ArgumentList '/i', $installer, '/qn', '/norestart' -Wait
