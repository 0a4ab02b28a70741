function Invoke-SqlIndexMaintenance {
    [CmdletBinding()]
    param(
        [string]$ServerInstance = 'SQLPROD01',
        [string]$Database,
        [string]$Username,
        [string]$Password
    )
    $connectionString = "Server=$ServerInstance;Database=$Database;User Id=$Username;Password=$Password;"
    $connection = New-Object System.Data.SqlClient.SqlConnection $connectionString
    $connection.Open()
    $command = $connection.CreateCommand()
    $command.CommandText = 'EXEC dbo.IndexOptimize @Databases = ''USER_DATABASES'''
    $command.CommandTimeout = 0
    [void]$command.ExecuteNonQuery()
    $connection.Close()
}

Invoke-SqlIndexMaintenance -ServerInstance 'SQLPROD01' -Database 'Sales' -Username 'sa' -Password 'P@ssw0rd123'
Invoke-Sqlcmd -ServerInstance 'SQLPROD01' -Query 'DBCC CHECKDB (Sales) WITH NO_INFOMSGS'
