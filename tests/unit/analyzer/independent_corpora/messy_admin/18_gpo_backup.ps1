# Backup all GPOs to dated folder, keep last 10 folders
Import-Module GroupPolicy
$root = "\\dc01\gpobackup"
$today = Join-Path $root (Get-Date -Format yyyy-MM-dd)
New-Item $today -ItemType Directory -Force | Out-Null

Backup-GPO -All -Path $today -Domain contoso.com | Out-Null

$folders = ls $root | where { $_.PSIsContainer } | sort Name -Descending
if ($folders.Count > 10) {
    $folders | select -Skip 10 | % { Remove-Item $_.FullName -Recurse -Force }
}
