# Checks that every user database on the reporting instance had a full backup in the last 24h
$instance = 'SQLRPT01\REPORTING'
$connString = "Server=$instance;Database=master;User Id=monitor;Password=M0nitor#2023;"
$query = @"
SELECT d.name, MAX(b.backup_finish_date) AS last_full
FROM sys.databases d
LEFT JOIN msdb.dbo.backupset b ON b.database_name = d.name AND b.type = 'D'
WHERE d.database_id > 4
GROUP BY d.name
"@

$conn = New-Object System.Data.SqlClient.SqlConnection $connString
$cmd = $conn.CreateCommand()
$cmd.CommandText = $query
$conn.Open()
$reader = $cmd.ExecuteReader()
$missing = New-Object System.Collections.Generic.List[string]
while ($reader.Read()) {
    $last = $reader['last_full']
    if ($last -is [DBNull] -or $last -lt (Get-Date).AddHours(-24)) {
        $missing.Add($reader['name'])
    }
}
$conn.Close()

if ($missing.Count -gt 0) {
    $body = "No full backup in 24h:`n" + ($missing -join "`n")
    Send-MailMessage -To 'dba@contoso.com' -From 'sql-monitor@contoso.com' -Subject 'Missing backups' -Body $body -SmtpServer 'smtp.contoso.com'
}
