#Requires -RunAsAdministrator
<#
.SYNOPSIS
    Installs Sysmon from the internal software share, or updates its configuration if already present.
#>
[CmdletBinding()]
param(
    [string]$SourceShare = '\\fs01.corp.contoso.com\software\Sysinternals\Sysmon',
    [string]$ConfigName = 'sysmonconfig-corp.xml'
)

$ErrorActionPreference = 'Stop'
$sysmonExe = Join-Path -Path $SourceShare -ChildPath 'Sysmon64.exe'
$configPath = Join-Path -Path $SourceShare -ChildPath $ConfigName

$signature = Get-AuthenticodeSignature -FilePath $sysmonExe
if ($signature.Status -ne 'Valid' -or $signature.SignerCertificate.Subject -notlike '*O=Microsoft Corporation*') {
    throw "Sysmon64.exe on the share is not validly signed by Microsoft ($($signature.Status))."
}

$service = Get-Service -Name 'Sysmon64' -ErrorAction SilentlyContinue
if ($service) {
    Write-Verbose 'Sysmon present; applying configuration only.'
    & $sysmonExe -c $configPath
}
else {
    & $sysmonExe -accepteula -i $configPath
}

if ($LASTEXITCODE -ne 0) {
    throw "Sysmon exited with $LASTEXITCODE"
}
Get-Service -Name 'Sysmon64' | Select-Object -Property Name, Status, StartType
