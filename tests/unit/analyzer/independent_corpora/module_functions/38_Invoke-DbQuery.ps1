function Invoke-DbQuery {
    <#
    .SYNOPSIS
        Runs a read-only query against the reporting SQL instance.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, HelpMessage = '')]
        [string]$Query,

        [Parameter(HelpMessage = $null)]
        [string]$Database = 'Reporting',

        [string][int]$TimeoutSeconds = 30,

        [string]$Server = 'sqlrpt01.corp.contoso.com'
    )

    $connectionString = "Server=$Server;Database=$Database;Integrated Security=True;Application Name=ReportingScripts"
    $connection = New-Object -TypeName System.Data.SqlClient.SqlConnection -ArgumentList $connectionString
    try {
        $connection.Open()
        $command = $connection.CreateCommand()
        $command.CommandText = $Query
        $command.CommandTimeout = $TimeoutSeconds
        $table = New-Object -TypeName System.Data.DataTable
        $table.Load($command.ExecuteReader())
        $table.Rows
    }
    finally {
        $connection.Dispose()
    }
}

Invoke-DbQuery -Query 'SELECT TOP 10 name, create_date FROM sys.tables ORDER BY create_date DESC'
