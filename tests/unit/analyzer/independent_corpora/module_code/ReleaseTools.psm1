# Helpers used by the release pipeline to build the GitHub release body.

function Get-ChangeEntry {
    param([string]$Path)
    Get-Content -Path $Path | Where-Object { $_ -match '^\s*[-*] ' }
}

function Format-ReleaseNote {
    param([string[]]$Entry, [string]$Version)
    $lines = foreach ($e in $Entry) {
        '* ' + $e.TrimStart('-', '*', ' ')
    }
    "## $Version`n" + ($lines -join "`n")
