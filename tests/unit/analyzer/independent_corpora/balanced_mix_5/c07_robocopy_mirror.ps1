[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [ValidateScript({ Test-Path -Path $_ -PathType Container })]
    [string]$Source,
    [Parameter(Mandatory)]
    [string]$Destination,
    [ValidateRange(1, 128)]
    [int]$Threads = 16
)

$stamp = Get-Date -Format 'yyyyMMdd-HHmm'
$logFile = Join-Path -Path $env:TEMP -ChildPath "robocopy-$stamp.log"
$arguments = @($Source, $Destination, '/MIR', '/R:2', '/W:5', "/MT:$Threads", '/NP', "/LOG:$logFile")
& robocopy.exe @arguments

# robocopy exit codes below 8 mean success
if ($LASTEXITCODE -ge 8) {
    throw "robocopy failed with exit code $LASTEXITCODE, see $logFile"
}
Write-Verbose "Mirror complete ($LASTEXITCODE), log at $logFile"
