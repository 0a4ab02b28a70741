<#
.SYNOPSIS
    Restores the latest backup of a database to a scratch instance and runs DBCC CHECKDB.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$Database,

    [string]$BackupShare = '\\backup01\sql',
    [string]$TestInstance = 'SQLTEST01'
)

$latest = Get-ChildItem -Path $BackupShare -Filter "$Database`_*.bak" |
    Sort-Object LastWriteTime -Descending |
    Select-Object -First 1

if ($null -eq $latest) {
    Write-Error "No backup found for $Database in $BackupShare"
    return
}

$hash = (Get-FileHash -Path $latest.FullName -Algorithm MD5).Hash
Write-Verbose "Restoring $($latest.Name) (MD5 $hash)"
$restoreName = "${Database}_restoretest"
Restore-SqlDatabase -ServerInstance $TestInstance -Database $restoreName -BackupFile $latest.FullName -ReplaceDatabase
$check = Invoke-Sqlcmd -ServerInstance $TestInstance -Query "DBCC CHECKDB ([$restoreName]) WITH NO_INFOMSGS" -ErrorAction Stop
$result = if ($check) { 'Errors' } else { 'Clean' }

Invoke-Sqlcmd -ServerInstance $TestInstance -Query "DROP DATABASE [$restoreName]"
[pscustomobject]@{ Database = $Database; Backup = $latest.Name; Result = $result }
