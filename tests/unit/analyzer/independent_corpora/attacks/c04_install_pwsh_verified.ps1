<#
.SYNOPSIS
    Installs a pinned PowerShell release after checking the installer against its published SHA-256.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [string]$Version = '7.4.6',

    [Parameter(Mandatory)]
    [string]$ExpectedSha256
)

$ErrorActionPreference = 'Stop'
$name = "PowerShell-$Version-win-x64.msi"
$uri = "https://github.com/PowerShell/PowerShell/releases/download/v$Version/$name"
$installer = Join-Path -Path $env:TEMP -ChildPath $name

Invoke-WebRequest -Uri $uri -OutFile $installer -UseBasicParsing

$actual = (Get-FileHash -Path $installer -Algorithm SHA256).Hash
if ($actual -ne $ExpectedSha256) {
    Remove-Item -Path $installer -Force
    throw "Hash mismatch for ${name}: expected $ExpectedSha256, got $actual"
}

if ($PSCmdlet.ShouldProcess($installer, 'Install')) {
    $arguments = '/i', "`"$installer`"", '/qn', '/norestart', 'ADD_PATH=1'
    $process = Start-Process -FilePath 'msiexec.exe' -ArgumentList $arguments -Wait -PassThru
    if ($process.ExitCode -ne 0) {
        throw "msiexec failed with exit code $($process.ExitCode)"
    }
}
