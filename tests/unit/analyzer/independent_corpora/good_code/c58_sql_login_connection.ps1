<#
.SYNOPSIS
    Queries the vendor's Azure SQL database, which only accepts SQL authentication.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)]
    [string]$Server,

    [Parameter(Mandatory = $true)]
    [string]$Database,

    [Parameter(Mandatory = $true)]
    [System.Management.Automation.PSCredential]
    $SqlCredential
)

$builder = New-Object -TypeName System.Data.SqlClient.SqlConnectionStringBuilder
$builder['Data Source'] = "tcp:$Server,1433"
$builder['Initial Catalog'] = $Database
$builder['Encrypt'] = $true
$builder['TrustServerCertificate'] = $false
$builder['Connect Timeout'] = 30

$SqlCredential.Password.MakeReadOnly()
$sqlCred = New-Object -TypeName System.Data.SqlClient.SqlCredential -ArgumentList $SqlCredential.UserName, $SqlCredential.Password

$connection = New-Object -TypeName System.Data.SqlClient.SqlConnection -ArgumentList $builder.ConnectionString, $sqlCred
try {
    $connection.Open()
    $command = $connection.CreateCommand()
    $command.CommandText = 'SELECT TOP (20) OrderId, Status, UpdatedAt FROM dbo.Orders ORDER BY UpdatedAt DESC;'
    $reader = $command.ExecuteReader()
    while ($reader.Read()) {
        [pscustomobject]@{
            OrderId   = $reader['OrderId']
            Status    = $reader['Status']
            UpdatedAt = $reader['UpdatedAt']
        }
    }
    $reader.Close()
}
finally {
    $connection.Dispose()
}
