<#
.SYNOPSIS
    Verifies last night's backup set against the hash manifest written by the backup job.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [ValidateScript({ Test-Path -Path $_ -PathType Container })]
    [string]$BackupPath
)

$manifestPath = Join-Path -Path $BackupPath -ChildPath 'manifest.csv'
$manifest = Import-Csv -Path $manifestPath
$problems = 0

foreach ($entry in $manifest) {
    $file = Join-Path -Path $BackupPath -ChildPath $entry.RelativePath
    if (-not (Test-Path -LiteralPath $file)) {
        Write-Warning "Missing: $($entry.RelativePath)"
        $problems++
        continue
    }
    $actual = (Get-FileHash -LiteralPath $file -Algorithm SHA256).Hash
    if ($actual -ne $entry.Sha256) {
        Write-Warning "Hash mismatch: $($entry.RelativePath)"
        $problems++
    }
}

if ($problems -gt 0) {
    Write-Error "$problems problem(s) in backup set $BackupPath"
    exit 1
}
Write-Output "Backup set $BackupPath verified ($($manifest.Count) files)"
