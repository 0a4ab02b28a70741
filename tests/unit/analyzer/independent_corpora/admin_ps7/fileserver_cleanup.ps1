<#
    Nightly cleanup of the scratch shares on FS01/FS02.
    Deletes files older than the retention period and logs what it removed.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)]
    [string[]]$ShareRoot,
    [int]$RetentionDays = 30,
    [string]$LogFile = "$env:ProgramData\ScratchCleanup\cleanup.log"
)

function Remove-ExpiredFiles {
    param(
        [string]$Path,
        [datetime]$Before
    )
    $removed = 0
    Get-ChildItem -Path $Path -Recurse -File -ErrorAction SilentlyContinue |
        Where-Object { $_.LastWriteTime -lt $Before } |
        ForEach-Object {
            try {
                Remove-Item -LiteralPath $_.FullName -Force -ErrorAction Stop
                $removed++
            }
            catch {
            }
        }
    $removed
}

function Write-CleanupLog([string]$Message) {
    $line = '{0:u} {1}' -f (Get-Date), $Message
    Add-Content -Path $LogFile -Value $line
}

$cutoff = (Get-Date).AddDays(-$RetentionDays)
foreach ($root in $ShareRoot) {
    if (-not (Test-Path -Path $root)) {
        Write-CleanupLog "Share $root not reachable, skipped"
        continue
    }
    $count = Remove-ExpiredFiles -Path $root -Before $cutoff
    Write-CleanupLog "Removed $count file(s) from $root"
}
