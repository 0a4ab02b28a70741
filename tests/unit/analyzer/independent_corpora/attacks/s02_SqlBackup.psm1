function Invoke-SqlBackup {
    <#
    .SYNOPSIS
        Backs up one database with a SQL login.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$ServerInstance,

        [string]$Database = 'master',

        [string]$User,

        [string]$Password,

        [string]$Credential
    )

    if ($Credential) {
        $connection = "Server=$ServerInstance;Database=$Database;Integrated Security=True"
    }
    else {
        $connection = "Server=$ServerInstance;Database=$Database;User ID=$User;Password=$Password"
    }
    $file = Join-Path -Path 'E:\Backup' -ChildPath ('{0}_{1:yyyyMMdd}.bak' -f $Database, (Get-Date))
    Invoke-Sqlcmd -ConnectionString $connection -Query "BACKUP DATABASE [$Database] TO DISK = N'$file' WITH INIT"
    $file
}

function Get-SqlBackupHistory {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$ServerInstance
    )

    Invoke-Sqlcmd -ServerInstance $ServerInstance -Query 'SELECT TOP 20 database_name, backup_finish_date FROM msdb.dbo.backupset ORDER BY backup_finish_date DESC'
}

Export-ModuleMember -Function Invoke-SqlBackup, Get-SqlBackupHistory
