$BackupRoot = "D:\GPOBackups"
$Stamp = Get-Date -Format "yyyy-MM-dd_HHmm"
$Target = Join-Path $BackupRoot $Stamp

New-Item -ItemType Directory -Path $Target | Out-Null
$gpos = Get-GPO -All -Domain corp.local
foreach ($gpo in $gpos) {
    try {
        Backup-GPO -Guid $gpo.Id -Path $Target -Comment "Nightly $Stamp" | Out-Null
    } catch {
        Write-Host "Backup of $($gpo.DisplayName) failed: $_" -ForegroundColor Red
    }
}

Get-ChildItem $BackupRoot -Directory | Sort-Object CreationTime -Descending | Select-Object -Skip 14 |
    Remove-Item -Recurse -Force
