<#
.SYNOPSIS
    Nightly full backup of the ERP database to the backup share.
#>
function Invoke-ErpBackup {
    [CmdletBinding()]
    param(
        [string]$SqlUser,
        [string]$SqlPassword,
        [string]$Database = 'ERP_PROD'
    )

    $connectionString = "Server=sql-erp01;Database=master;User Id=$SqlUser;Password=$SqlPassword;Encrypt=True"
    $connection = New-Object System.Data.SqlClient.SqlConnection $connectionString
    $command = $connection.CreateCommand()
    $command.CommandText = "BACKUP DATABASE [$Database] TO DISK = N'\\backup01\sql\$Database.bak' WITH INIT, COMPRESSION"
    $command.CommandTimeout = 0
    $connection.Open()
    try {
        [void]$command.ExecuteNonQuery()
    }
    finally {
        $connection.Close()
    }
}

$reportingConn = 'Server=sql-rpt01;Database=Reporting;User Id=rpt_loader;Password=Rpt#Load2024;'
Invoke-ErpBackup -SqlUser 'backup_svc' -SqlPassword $env:ERP_BACKUP_PASSWORD

$cn = New-Object System.Data.SqlClient.SqlConnection $reportingConn
$cn.Open()
$cmd = $cn.CreateCommand()
$cmd.CommandText = "INSERT INTO dbo.JobLog (Job, Finished) VALUES ('ERP backup', SYSDATETIME())"
[void]$cmd.ExecuteNonQuery()
$cn.Close()
Invoke-Command -ComputerName 'sql-erp01' -ScriptBlock { Get-ChildItem -Path '\\backup01\sql' -Filter *.bak }
