<#
.SYNOPSIS
    Mirrors the project share to the backup NAS and keeps a log per run.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$Source,

    [Parameter(Mandatory)]
    [string]$Destination,

    [string]$LogDirectory = (Join-Path $env:ProgramData 'ShareBackup\Logs')
)

if (-not (Test-Path -Path $LogDirectory)) {
    New-Item -Path $LogDirectory -ItemType Directory | Out-Null
}

$logFile = Join-Path $LogDirectory ('backup_{0:yyyyMMdd_HHmmss}.log' -f (Get-Date))
$arguments = @($Source, $Destination, '/MIR', '/Z', '/R:2', '/W:10', '/NP', '/MT:16', "/LOG:$logFile")

& robocopy.exe @arguments
$code = $LASTEXITCODE

# Robocopy exit codes below 8 mean success (with or without copied files)
if ($code -ge 8) {
    throw "Robocopy failed with exit code $code; see $logFile"
}
Write-Verbose "Backup finished with exit code $code"
