#Requires -Version 7.2
# Nightly refresh of the reporting database from the production backup share.
param(
    [string]$SqlInstance = 'SQLRPT01',
    [string]$SqlLogin = 'refresh_job',
    [string]$SqlPassword = 'R3fresh!2024',
    [switch]$Force = $true
)

$secure = ConvertTo-SecureString -String $SqlPassword -AsPlainText -Force
$cred = [pscredential]::new($SqlLogin, $secure)

$latest = Get-ChildItem -Path '\\backup01\sql\PROD01\Orders' -Filter '*.bak' |
    Sort-Object -Property LastWriteTime -Descending |
    Select-Object -First 1

$age = (Get-Date) - ($latest?.LastWriteTime ?? [datetime]::MinValue)
if ($age.TotalHours -gt 26 -and -not $Force) {
    throw "Newest backup is $([int]$age.TotalHours) hours old"
}

$backupFile = $latest.FullName
Write-Verbose -Message "Restoring $backupFile on $SqlInstance"
Invoke-Command -ComputerName 'SQLRPT01' -Credential $cred -ScriptBlock {
    Restore-SqlDatabase -ServerInstance $using:SqlInstance -Database 'OrdersReporting' -BackupFile $using:backupFile -ReplaceDatabase
}

$conn = "Server=$SqlInstance;Database=OrdersReporting;User Id=$SqlLogin;Password=R3fresh!2024;TrustServerCertificate=True"
Invoke-Sqlcmd -ConnectionString $conn -Query 'EXEC dbo.RebuildReportingViews' -ErrorAction Stop
