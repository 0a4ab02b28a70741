# SQL backup copy job
# copies the .bak files to the DR share and keeps 14 days

$global:BackupRoot = "E:\SQLBackup"
$global:DRShare = "\\drfs01\sqlbak"
$keep = 14

function Copy-Backups {
    $files = Get-ChildItem $global:BackupRoot -Filter *.bak
    foreach ($file in $files) {
        $dest = Join-Path $global:DRShare $file.Name
        if (!(Test-Path $dest)) {
            Copy-Item $file.FullName $dest
            Write-Host "copied $($file.Name)"
        }
    }
}

function Remove-OldBackups {
    Get-ChildItem $global:DRShare -Filter *.bak |
        Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-$keep) } |
        Remove-Item -Force
}

Copy-Backups
Remove-OldBackups
