[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$BackupFolder,

    [ValidateRange(1, 30)]
    [int]$MaxAgeHours = 26
)

$manifestPath = Join-Path -Path $BackupFolder -ChildPath 'manifest.csv'
if (-not (Test-Path -Path $manifestPath)) {
    throw "No manifest found in $BackupFolder"
}

$problems = New-Object -TypeName 'System.Collections.Generic.List[string]'
$oldest = (Get-Date).AddHours(-$MaxAgeHours)

foreach ($entry in (Import-Csv -Path $manifestPath)) {
    $file = Join-Path -Path $BackupFolder -ChildPath $entry.File
    if (-not (Test-Path -Path $file)) {
        $problems.Add("missing: $($entry.File)")
        continue
    }
    $item = Get-Item -Path $file
    if ($item.LastWriteTime -lt $oldest) {
        $problems.Add("stale: $($entry.File) ($($item.LastWriteTime))")
    }
    $actual = (Get-FileHash -Path $file -Algorithm SHA256).Hash
    if ($actual -ne $entry.Sha256) {
        $problems.Add("hash mismatch: $($entry.File)")
    }
}

if ($problems.Count -gt 0) {
    $problems | ForEach-Object { Write-Warning -Message $_ }
    exit 1
}
Write-Output "All backups in $BackupFolder verified"
