<#
.SYNOPSIS
    Verifies last night's backup set against the manifest the backup job wrote.
.DESCRIPTION
    The manifest is a CSV of relative path and SHA-256 hash. Files that are missing or whose
    hash differs are reported; the script exits non-zero so the scheduler flags the run.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$BackupRoot,

    [string]$ManifestName = 'manifest.sha256.csv'
)

$manifestPath = Join-Path -Path $BackupRoot -ChildPath $ManifestName
$manifest = Import-Csv -Path $manifestPath

$problems = foreach ($entry in $manifest) {
    $file = Join-Path -Path $BackupRoot -ChildPath $entry.RelativePath
    if (-not (Test-Path -LiteralPath $file)) {
        [pscustomobject]@{ File = $entry.RelativePath; Problem = 'missing' }
        continue
    }

    $actual = (Get-FileHash -LiteralPath $file -Algorithm SHA256).Hash
    if ($actual -ne $entry.Sha256) {
        [pscustomobject]@{ File = $entry.RelativePath; Problem = "hash $actual" }
    }
}

if ($problems) {
    $problems | Format-Table -AutoSize | Out-String | Write-Warning
    exit 1
}

Write-Output "Backup set in $BackupRoot verified: $(@($manifest).Count) files"
