<#
.SYNOPSIS
    Verifies that every production database has a recent full and log backup.

.DESCRIPTION
    Queries msdb on each SQL Server instance listed in the inventory, compares the last full,
    differential and log backup times with the recovery model's expectations and returns one
    object per database. Meant for the morning checks dashboard; returns a non-zero exit code
    when any database is out of policy.

.PARAMETER InstanceListPath
    Text file with one SQL Server instance name per line.

.PARAMETER FullBackupMaxAgeHours
    Oldest acceptable full (or differential) backup.

.PARAMETER LogBackupMaxAgeMinutes
    Oldest acceptable log backup for databases in FULL recovery.

.EXAMPLE
    .\Test-SqlBackups.ps1 -InstanceListPath .\instances.txt | Where-Object InPolicy -EQ $false
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [ValidateScript({ Test-Path -LiteralPath $_ -PathType Leaf })]
    [string]$InstanceListPath,

    [ValidateRange(1, 168)]
    [int]$FullBackupMaxAgeHours = 26,

    [ValidateRange(5, 1440)]
    [int]$LogBackupMaxAgeMinutes = 30
)

Set-StrictMode -Version Latest

$query = @'
SELECT d.name                       AS DatabaseName,
       d.recovery_model_desc        AS RecoveryModel,
       MAX(CASE WHEN b.type IN ('D', 'I') THEN b.backup_finish_date END) AS LastDataBackup,
       MAX(CASE WHEN b.type = 'L' THEN b.backup_finish_date END)        AS LastLogBackup
FROM sys.databases AS d
LEFT JOIN msdb.dbo.backupset AS b
       ON b.database_name = d.name
WHERE d.database_id > 4
  AND d.state_desc = 'ONLINE'
GROUP BY d.name, d.recovery_model_desc;
'@

function Invoke-SqlQuery {
    [CmdletBinding()]
    [OutputType([System.Data.DataRow])]
    param(
        [Parameter(Mandatory)]
        [string]$Instance,

        [Parameter(Mandatory)]
        [string]$Query,

        [int]$TimeoutSeconds = 30
    )

    $builder = [System.Data.SqlClient.SqlConnectionStringBuilder]::new()
    $builder['Data Source'] = $Instance
    $builder['Initial Catalog'] = 'master'
    $builder['Integrated Security'] = $true
    $builder['Application Name'] = 'BackupPolicyCheck'
    $builder['Connect Timeout'] = 15

    $connection = [System.Data.SqlClient.SqlConnection]::new($builder.ConnectionString)
    try {
        $connection.Open()
        $command = $connection.CreateCommand()
        $command.CommandText = $Query
        $command.CommandTimeout = $TimeoutSeconds
        $table = [System.Data.DataTable]::new()
        $null = $table.Load($command.ExecuteReader())
        $table.Rows
    }
    finally {
        $connection.Dispose()
    }
}

$now = Get-Date
$instances = Get-Content -LiteralPath $InstanceListPath | Where-Object -FilterScript { $_ -and -not $_.StartsWith('#') }
$outOfPolicy = 0

foreach ($instance in $instances) {
    try {
        $rows = Invoke-SqlQuery -Instance $instance.Trim() -Query $query
    }
    catch {
        Write-Warning -Message "Cannot query ${instance}: $($_.Exception.Message)"
        $outOfPolicy++
        continue
    }

    foreach ($row in $rows) {
        $lastData = if ($row.LastDataBackup -is [DBNull]) { $null } else { [datetime]$row.LastDataBackup }
        $lastLog = if ($row.LastLogBackup -is [DBNull]) { $null } else { [datetime]$row.LastLogBackup }

        $dataOk = $null -ne $lastData -and ($now - $lastData).TotalHours -le $FullBackupMaxAgeHours
        $logOk = $row.RecoveryModel -eq 'SIMPLE' -or
            ($null -ne $lastLog -and ($now - $lastLog).TotalMinutes -le $LogBackupMaxAgeMinutes)

        $inPolicy = $dataOk -and $logOk
        if (-not $inPolicy) {
            $outOfPolicy++
        }

        [pscustomobject]@{
            Instance       = $instance
            Database       = $row.DatabaseName
            RecoveryModel  = $row.RecoveryModel
            LastDataBackup = $lastData
            LastLogBackup  = $lastLog
            DataBackupOk   = $dataOk
            LogBackupOk    = $logOk
            InPolicy       = $inPolicy
        }
    }
}

if ($outOfPolicy -gt 0) {
    Write-Warning -Message "$outOfPolicy database(s) or instance(s) out of backup policy"
    exit 1
}
