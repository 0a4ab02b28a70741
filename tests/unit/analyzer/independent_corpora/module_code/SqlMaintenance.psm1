#Requires -Modules SqlServer
[Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSUseSingularNouns', '', Scope = 'Function', Target = 'Get-*')]
param()

function Get-DatabaseFiles {
    param([Parameter(Mandatory)][string]$Instance)

    Invoke-Sqlcmd -ServerInstance $Instance -Query 'SELECT DB_NAME(database_id) AS db, physical_name, size FROM sys.master_files'
}

function Invoke-IndexMaintenance {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$Instance,

        [string[]]$Databases = @('master', 'msdb')
    )

    foreach ($db in $Databases) {
        Write-Verbose "Rebuilding fragmented indexes in $db"
        Invoke-Sqlcmd -ServerInstance $Instance -Database $db -QueryTimeout 3600 -InputFile (Join-Path $PSScriptRoot 'sql' 'IndexOptimize.sql')
    }

    # Statistics are refreshed by the nightly agent job, not here.
}

function Get-BackupHistory {
    [CmdletBinding()]
    param([string]$Instance)

    Invoke-Sqlcmd -ServerInstance $Instance -Query @'
SELECT TOP 50 database_name, backup_finish_date, type
FROM msdb.dbo.backupset
ORDER BY backup_finish_date DESC
'@

    <#
    .SYNOPSIS
        Returns the 50 most recent backups of an instance.
    #>
}

function Clear-OrphanedUsers {
    [CmdletBinding(SupportsShouldProcess)]
    param([string]$Instance, [string]$Database)

    $orphans = Invoke-Sqlcmd -ServerInstance $Instance -Database $Database -Query "EXEC sp_change_users_login 'Report'"
    foreach ($o in $orphans) {
        if ($PSCmdlet.ShouldProcess($o.UserName, "Drop orphaned user in $Database")) {
            Invoke-Sqlcmd -ServerInstance $Instance -Database $Database -Query "DROP USER [$($o.UserName)]"
        }
    }
}

Export-ModuleMember -Function Get-DatabaseFiles, Invoke-IndexMaintenance
Export-ModuleMember Get-BackupHistory, Clear-OrphanedUsers
