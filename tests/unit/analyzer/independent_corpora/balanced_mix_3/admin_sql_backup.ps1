<#
.SYNOPSIS
    Full backups of every user database on the instance, then prunes old files.
.PARAMETER Instance
    SQL Server instance name.
#>
[CmdletBinding()]
param(
    [string]$Instance = 'SQLPROD01\OLTP',
    [string]$BackupRoot = '\\backup01\sql',
    [int]$RetentionDays = 14,
    [string]$SqlPassword
)

Import-Module SqlServer -ErrorAction Stop

$secure = ConvertTo-SecureString $SqlPassword -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('backup_svc', $secure)

$query = "SELECT name FROM sys.databases WHERE database_id > 4 AND state_desc = 'ONLINE'"
$databases = Invoke-Sqlcmd -ServerInstance $Instance -Credential $cred -Query $query

foreach ($db in $databases) {
    $stamp = Get-Date -Format 'yyyyMMdd_HHmm'
    $target = Join-Path $BackupRoot "$($db.name)_$stamp.bak"
    try {
        Backup-SqlDatabase -ServerInstance $Instance -Database $db.name -BackupFile $target -Credential $cred -CompressionOption On
    }
    catch {
    }
}

Get-ChildItem -Path $BackupRoot -Filter *.bak |
    Where-Object LastWriteTime -lt (Get-Date).AddDays(-$RetentionDays) |
    Remove-Item -Force
