<#
    Weekly SQL Server maintenance for the line-of-business instances that are not covered
    by Ola Hallengren's jobs: index maintenance, statistics update, DBCC CHECKDB and a
    cleanup of old backup files. Runs as a SQL Agent PowerShell step.
#>
param(
    [string[]]$Instances = @('SQL01\LOB', 'SQL02\LOB'),
    [int]$FragmentationThreshold = 30,
    [string]$BackupShare = '\\backup01\sql',
    [int]$RetentionDays = 21
)

Import-Module SqlServer -DisableNameChecking

$sqlUser = 'maint_svc'
$sqlPassword = 'Wint3r-Maint!2024'
$logPath = "D:\SqlMaint\maint-$(Get-Date -Format yyyyMMdd).log"

function Write-MaintLog([string]$Text) {
    "$(Get-Date -Format s) $Text" | Out-File -FilePath $logPath -Append -Encoding utf8
}

function Invoke-Sql {
    param(
        [string]$Instance,
        [string]$Database,
        [string]$Query,
        [string]$Username,
        [string]$Password
    )
    Invoke-Sqlcmd -ServerInstance $Instance -Database $Database -Query $Query `
        -Username $Username -Password $Password -QueryTimeout 0 -TrustServerCertificate
}

$fragQuery = @"
SELECT OBJECT_SCHEMA_NAME(ips.object_id) AS SchemaName, OBJECT_NAME(ips.object_id) AS TableName,
       i.name AS IndexName, ips.avg_fragmentation_in_percent AS Frag
FROM sys.dm_db_index_physical_stats(DB_ID(), NULL, NULL, NULL, 'LIMITED') ips
JOIN sys.indexes i ON i.object_id = ips.object_id AND i.index_id = ips.index_id
WHERE ips.avg_fragmentation_in_percent > $FragmentationThreshold AND i.name IS NOT NULL AND ips.page_count > 1000
"@

foreach ($instance in $Instances) {
    Write-MaintLog "=== $instance"
    $databases = Invoke-Sql -Instance $instance -Database master -Username $sqlUser -Password $sqlPassword `
        -Query "SELECT name FROM sys.databases WHERE database_id > 4 AND state_desc = 'ONLINE'"

    foreach ($db in $databases.name) {
        $fragmented = Invoke-Sql -Instance $instance -Database $db -Query $fragQuery -Username $sqlUser -Password $sqlPassword
        foreach ($ix in $fragmented) {
            $verb = if ($ix.Frag -gt 40) { 'REBUILD' } else { 'REORGANIZE' }
            $stmt = "ALTER INDEX [$($ix.IndexName)] ON [$($ix.SchemaName)].[$($ix.TableName)] $verb"
            Write-MaintLog "$db : $stmt"
            Invoke-Sql -Instance $instance -Database $db -Query $stmt -Username $sqlUser -Password $sqlPassword
        }

        Invoke-Sql -Instance $instance -Database $db -Query 'EXEC sp_updatestats' -Username $sqlUser -Password $sqlPassword
        $check = Invoke-Sql -Instance $instance -Database $db -Query "DBCC CHECKDB([$db]) WITH NO_INFOMSGS, ALL_ERRORMSGS" `
            -Username $sqlUser -Password $sqlPassword
        if ($check) {
            Write-MaintLog "CHECKDB reported problems in $db"
        }
    }
}

$cutoff = (Get-Date).AddDays(-$RetentionDays)
Get-ChildItem -Path $BackupShare -Recurse -Include *.bak, *.trn |
    Where-Object LastWriteTime -lt $cutoff |
    Remove-Item -Force -Verbose 4>&1 |
    ForEach-Object { Write-MaintLog $_.Message }
