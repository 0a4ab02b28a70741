# Back up all GPOs to the NAS and prune backups older than 60 days
Import-Module GroupPolicy
$BackupRoot = '\\NAS01\backups\GPO'
$stamp = Get-Date -Format 'yyyyMMdd-HHmm'
$dest = Join-Path $BackupRoot $stamp

New-Item $dest -ItemType Directory -Force | Out-Null
$gpos = Get-GPO -All -Domain 'corp.contoso.com'
foreach ($g in $gpos) {
    Backup-GPO -Guid $g.Id -Path $dest -Comment "Nightly $stamp" | Out-Null
}

gci $BackupRoot -Directory | where { $_.CreationTime -lt (Get-Date).AddDays(-60) } | Remove-Item -Recurse -Force

$count = $gpos.Count
Write-Host "Backed up $($gpos.Count) GPOs to $dest"
