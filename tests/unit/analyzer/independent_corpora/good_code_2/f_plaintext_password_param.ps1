<#
.SYNOPSIS
    Creates the service's SQL login on a new environment (run once by the DBA).
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$ServerInstance,

    [string]$LoginName = 'svc_orders',

    [string]$LoginPassword
)

if (-not $LoginPassword) {
    $secure = Read-Host -Prompt "Password for $LoginName" -AsSecureString
    $LoginPassword = [System.Net.NetworkCredential]::new('', $secure).Password
}

$escaped = $LoginPassword.Replace("'", "''")
$sql = "CREATE LOGIN [$LoginName] WITH PASSWORD = N'$escaped', CHECK_POLICY = ON;"
Invoke-Sqlcmd -ServerInstance $ServerInstance -Database master -Query $sql
Write-Output "Login $LoginName created on $ServerInstance"
