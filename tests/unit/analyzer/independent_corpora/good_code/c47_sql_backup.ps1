#Requires -Modules SqlServer
<#
.SYNOPSIS
    Takes copy-only full backups of user databases and verifies them with RESTORE VERIFYONLY.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)]
    [string]$ServerInstance,

    [Parameter(Mandatory = $true)]
    [string]$BackupFolder
)

$databases = Invoke-Sqlcmd -ServerInstance $ServerInstance -Query @'
SELECT name
FROM sys.databases
WHERE database_id > 4 AND state_desc = 'ONLINE';
'@

foreach ($db in $databases) {
    $file = Join-Path -Path $BackupFolder -ChildPath ('{0}_{1:yyyyMMdd_HHmm}.bak' -f $db.name, (Get-Date))
    $backupSql = @"
BACKUP DATABASE [$($db.name)]
TO DISK = N'$file'
WITH COPY_ONLY, COMPRESSION, CHECKSUM, STATS = 25;
"@
    $verifySql = "RESTORE VERIFYONLY FROM DISK = N'$file' WITH CHECKSUM;"
    try {
        Invoke-Sqlcmd -ServerInstance $ServerInstance -Query $backupSql -QueryTimeout 0 -ErrorAction Stop
        Invoke-Sqlcmd -ServerInstance $ServerInstance -Query $verifySql -QueryTimeout 0 -ErrorAction Stop
        Write-Verbose -Message "Backed up and verified $($db.name)"
    }
    catch {
        Write-Error -Message "Backup of $($db.name) failed: $($_.Exception.Message)"
    }
}
