<#
.SYNOPSIS
    Upgrades PowerShell 7 on a server from the official GitHub release, refusing unsigned packages.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [ValidatePattern('^\d+\.\d+\.\d+$')]
    [string]$Version
)

$ErrorActionPreference = 'Stop'
$fileName = "PowerShell-$Version-win-x64.msi"
$uri = "https://github.com/PowerShell/PowerShell/releases/download/v$Version/$fileName"
$msi = Join-Path -Path $env:TEMP -ChildPath $fileName

Invoke-WebRequest -Uri $uri -OutFile $msi -UseBasicParsing

$signature = Get-AuthenticodeSignature -FilePath $msi
if ($signature.Status -ne 'Valid' -or $signature.SignerCertificate.Subject -notmatch 'O=Microsoft Corporation') {
    Remove-Item -Path $msi -Force
    throw "Refusing to install $fileName - signature status $($signature.Status)"
}

$msiArgs = "/i `"$msi`" /quiet /norestart ADD_PATH=1 ENABLE_PSREMOTING=0"
$proc = Start-Process -FilePath "$env:SystemRoot\System32\msiexec.exe" -ArgumentList $msiArgs -Wait -PassThru
Remove-Item -Path $msi -Force
if ($proc.ExitCode -ne 0) {
    throw "msiexec exited with $($proc.ExitCode)"
}
& "$env:ProgramFiles\PowerShell\7\pwsh.exe" -NoProfile -Command '$PSVersionTable.PSVersion.ToString()'
