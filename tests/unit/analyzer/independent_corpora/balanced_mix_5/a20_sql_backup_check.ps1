$server = 'sql02.corp.local'
$connStr = "Server=$server;Database=msdb;User Id=monitor;Password=M0nitor#2023;"
$conn = New-Object System.Data.SqlClient.SqlConnection $connStr
$conn.Open()
$cmd = $conn.CreateCommand()
$cmd.CommandText = @"
SELECT database_name, MAX(backup_finish_date) AS last_backup
FROM dbo.backupset GROUP BY database_name
"@
$reader = $cmd.ExecuteReader()
$stale = @()
while ($reader.Read()) {
    if ($reader['last_backup'] -lt (Get-Date).AddHours(-26)) {
        $stale += $reader['database_name']
    }
}
$conn.Close()
if ($stale.Count -gt 0) {
    Write-Host "Stale backups: $($stale -join ', ')" -ForegroundColor Red
    exit 1
}
