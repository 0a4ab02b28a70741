#Requires -Version 7.2
<#
.SYNOPSIS
    Mirrors a team's project folder to the archive share with robocopy and logs the result.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)]
    [ValidateScript({ Test-Path -LiteralPath $_ -PathType Container })]
    [string]$Source,

    [Parameter(Mandatory)]
    [string]$Destination,

    [string]$LogDirectory = (Join-Path -Path $env:ProgramData -ChildPath 'TeamSync\Logs')
)

$ErrorActionPreference = 'Stop'

if (-not (Test-Path -LiteralPath $LogDirectory)) {
    New-Item -Path $LogDirectory -ItemType Directory | Out-Null
}

$stamp = Get-Date -Format 'yyyyMMdd-HHmmss'
$logFile = Join-Path -Path $LogDirectory -ChildPath "sync-$stamp.log"
$arguments = @($Source, $Destination, '/MIR', '/R:2', '/W:5', '/NP', "/LOG:$logFile")

if ($PSCmdlet.ShouldProcess($Destination, "Mirror from $Source")) {
    & robocopy.exe @arguments
    $exitCode = $LASTEXITCODE

    # Robocopy exit codes below 8 mean success (with or without copies).
    if ($exitCode -ge 8) {
        throw "robocopy failed with exit code $exitCode; see $logFile"
    }

    Write-Verbose -Message "Mirror finished with exit code $exitCode."
}
