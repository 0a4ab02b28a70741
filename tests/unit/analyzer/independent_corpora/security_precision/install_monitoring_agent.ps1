#Requires -RunAsAdministrator
<#
.SYNOPSIS
    Downloads the monitoring agent MSI, verifies its SHA256 hash and installs it silently.
.NOTES
    Run from an elevated prompt: powershell.exe -ExecutionPolicy RemoteSigned -File .\install_monitoring_agent.ps1
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$InstallerUrl,

    [Parameter(Mandatory)]
    [string]$ExpectedSha256,

    [string]$LogDirectory = 'C:\ProgramData\Contoso\Logs'
)

$ErrorActionPreference = 'Stop'
$msiPath = Join-Path -Path $env:TEMP -ChildPath 'ContosoAgent.msi'

Write-Verbose "Downloading $InstallerUrl"
Invoke-WebRequest -Uri $InstallerUrl -OutFile $msiPath -UseBasicParsing

$actual = (Get-FileHash -Path $msiPath -Algorithm SHA256).Hash
if ($actual -ne $ExpectedSha256) {
    Remove-Item -Path $msiPath -Force
    throw "Hash mismatch for agent installer: expected $ExpectedSha256, got $actual"
}

if (-not (Test-Path -Path $LogDirectory)) {
    New-Item -Path $LogDirectory -ItemType Directory | Out-Null
}

$logFile = Join-Path -Path $LogDirectory -ChildPath 'agent-install.log'
$arguments = @('/i', "`"$msiPath`"", '/qn', '/norestart', '/l*v', "`"$logFile`"")
$process = Start-Process -FilePath 'msiexec.exe' -ArgumentList $arguments -Wait -PassThru

if ($process.ExitCode -notin 0, 3010) {
    throw "msiexec failed with exit code $($process.ExitCode); see $logFile"
}
Write-Output "Agent installed (exit code $($process.ExitCode))."
