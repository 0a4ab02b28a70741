<#
.SYNOPSIS
    Nightly SQL Server backup with retention.
#>
param(
    [string]$Instance = 'localhost',
    [string]$BackupRoot = 'E:\SqlBackup',
    [int]$RetentionDays = 14,
    [string[]]$ExcludeDatabase = @('tempdb')
)

Import-Module -Name SqlServer -ErrorAction Stop

$today = Get-Date
$databases = Get-SqlDatabase -ServerInstance $Instance |
    Where-Object { $ExcludeDatabase -notcontains $_.Name }

foreach ($db in $databases) {
    $folder = Join-Path -Path $BackupRoot -ChildPath $db.Name
    if (-not (Test-Path -Path $folder)) {
        New-Item -Path $folder -ItemType Directory | Out-Null
    }
    $file = Join-Path -Path $folder -ChildPath ('{0}_{1:yyyyMMdd_HHmm}.bak' -f $db.Name, $today)
    try {
        Backup-SqlDatabase -ServerInstance $Instance -Database $db.Name -BackupFile $file -CompressionOption On
        Write-Output "Backed up $($db.Name) to $file"
    }
    catch {
        Write-Warning -Message "Backup of $($db.Name) failed: $_"
    }
}

$cutoff = $today.AddDays(-$RetentionDays)
Get-ChildItem -Path $BackupRoot -Filter *.bak -Recurse |
    Where-Object { $_.LastWriteTime -lt $cutoff } |
    Remove-Item -Force
