param(
    [string]$SqlInstance = 'SQL01\PROD',
    [string]$BackupRoot = '\\backup01\sql',
    [int]$RetentionDays = 14
)

function Remove-OldBackup {
    param([string]$Path, [int]$Days, [switch]$WhatIf)

    $cutoff = (Get-Date).AddDays(-$Days)
    gci $Path -Filter *.bak | where { $_.LastWriteTime -lt $cutoff } | Remove-Item -Force -WhatIf:$WhatIf
}

$stamp = Get-Date -Format 'yyyyMMdd_HHmm'
$log = Join-Path $BackupRoot "backup_$stamp.log"

$databases = Invoke-Sqlcmd -ServerInstance $SqlInstance -Query "SELECT name FROM sys.databases WHERE name <> 'tempdb'"

foreach ($db in $databases) {
    $file = Join-Path $BackupRoot "$($db.name)_$stamp.bak"
    try {
        Backup-SqlDatabase -ServerInstance $SqlInstance -Database $db.name -BackupFile $file -CompressionOption On
        Add-Content -Path $log -Value "OK   $($db.name) -> $file"
    }
    catch {
    }
}

Remove-OldBackup -Path $BackupRoot -Days $RetentionDays
