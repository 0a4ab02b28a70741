function Invoke-DatabaseBackup {
    <#
    .SYNOPSIS
        Runs a full backup of one database to the backup share.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$ServerInstance,

        [Parameter(Mandatory)]
        [string]$Database,

        [string]$BackupPath = '\\backup01\sql',

        [Parameter()]
        [ValidateSet('Full', 'Differential')]
        [string]$Database
    )

    $stamp = Get-Date -Format 'yyyyMMdd_HHmmss'
    $file = Join-Path -Path $BackupPath -ChildPath "$Database`_$stamp.bak"
    $query = "BACKUP DATABASE [$Database] TO DISK = N'$file' WITH COMPRESSION, CHECKSUM"
    Invoke-Sqlcmd -ServerInstance $ServerInstance -Query $query -QueryTimeout 0
}
