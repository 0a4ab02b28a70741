<#
.SYNOPSIS
    Mirrors the project share to the backup NAS with robocopy and keeps one log per run.
#>
[CmdletBinding()]
param(
    [string]$Source = '\\fs01\projects',
    [string]$Destination = '\\nas02\backup\projects',
    [string]$LogFolder = 'D:\Logs\Robocopy'
)

if (-not (Test-Path -Path $LogFolder)) {
    New-Item -Path $LogFolder -ItemType Directory | Out-Null
}
$log = Join-Path -Path $LogFolder -ChildPath ('mirror-{0:yyyyMMdd-HHmm}.log' -f (Get-Date))

$options = @('/MIR', '/COPY:DAT', '/DCOPY:DAT', '/R:2', '/W:10', '/MT:16', '/NP', '/XJ', "/LOG:$log")
& robocopy.exe $Source $Destination @options
$code = $LASTEXITCODE

# Robocopy exit codes below 8 mean success (with or without copied files).
if ($code -ge 8) {
    Write-Error -Message "robocopy failed with exit code $code; see $log"
    exit $code
}
Write-Output "Mirror completed with robocopy code $code"
exit 0
