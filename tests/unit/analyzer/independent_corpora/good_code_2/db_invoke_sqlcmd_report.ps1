#Requires -Modules SqlServer
param(
    [string]$ServerInstance = 'localhost',
    [string]$OutputFolder = "$env:USERPROFILE\Reports"
)

$query = @'
SELECT  d.name AS DatabaseName,
        d.recovery_model_desc AS RecoveryModel,
        MAX(b.backup_finish_date) AS LastFullBackup
FROM    sys.databases AS d
LEFT JOIN msdb.dbo.backupset AS b
        ON b.database_name = d.name AND b.type = 'D'
WHERE   d.database_id > 4
GROUP BY d.name, d.recovery_model_desc
ORDER BY LastFullBackup;
'@

# Integrated security: the account running the job needs VIEW SERVER STATE and msdb read.
$connection = "Server=$ServerInstance;Database=master;Integrated Security=True;TrustServerCertificate=False"
$rows = Invoke-Sqlcmd -ConnectionString $connection -Query $query -QueryTimeout 120

$stale = $rows | Where-Object {
    $_.LastFullBackup -is [DBNull] -or $_.LastFullBackup -lt (Get-Date).AddDays(-1)
}

if (-not (Test-Path -Path $OutputFolder)) {
    New-Item -Path $OutputFolder -ItemType Directory | Out-Null
}
$reportFile = Join-Path -Path $OutputFolder -ChildPath ('backup-report-{0:yyyyMMdd}.csv' -f (Get-Date))
$rows | Select-Object -Property DatabaseName, RecoveryModel, LastFullBackup |
    Export-Csv -Path $reportFile -NoTypeInformation

if ($stale) {
    Write-Warning "$(@($stale).Count) database(s) without a full backup in the last 24 hours."
}
