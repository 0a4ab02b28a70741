<#
.SYNOPSIS
    Audits SQL Server instances for risky surface-area settings.
.DESCRIPTION
    Checks whether xp_cmdshell, OLE Automation procedures or CLR are enabled and
    whether the sa login is active. Uses Windows authentication only.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)]
    [string[]]$SqlInstance
)

$query = @'
SELECT name, CAST(value_in_use AS int) AS value_in_use
FROM sys.configurations
WHERE name IN ('xp_cmdshell', 'Ole Automation Procedures', 'clr enabled');

SELECT name, is_disabled
FROM sys.sql_logins
WHERE name = 'sa';
'@

foreach ($instance in $SqlInstance) {
    $connectionString = "Server=$instance;Database=master;Integrated Security=SSPI;Application Name=SurfaceAudit"
    $connection = New-Object -TypeName System.Data.SqlClient.SqlConnection -ArgumentList $connectionString
    try {
        $connection.Open()
        $command = $connection.CreateCommand()
        $command.CommandText = $query
        $adapter = New-Object -TypeName System.Data.SqlClient.SqlDataAdapter -ArgumentList $command
        $dataSet = New-Object -TypeName System.Data.DataSet
        [void]$adapter.Fill($dataSet)

        foreach ($row in $dataSet.Tables[0].Rows) {
            [pscustomobject]@{
                Instance = $instance
                Setting  = $row.name
                Enabled  = [bool]$row.value_in_use
            }
        }
        foreach ($row in $dataSet.Tables[1].Rows) {
            [pscustomobject]@{
                Instance = $instance
                Setting  = 'sa login enabled'
                Enabled  = -not [bool]$row.is_disabled
            }
        }
    }
    catch {
        Write-Error -Message "Audit of $instance failed: $($_.Exception.Message)"
    }
    finally {
        $connection.Dispose()
    }
}
