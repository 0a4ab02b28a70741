# Creates the SQL service account - run once per environment
Import-Module ActiveDirectory

$Password = ConvertTo-SecureString 'Summer2024!Sql' -AsPlainText -Force
$ou = 'OU=Service Accounts,OU=Corp,DC=corp,DC=local'

New-ADUser -Name 'svc_sql_prod' -SamAccountName 'svc_sql_prod' -Path $ou `
    -AccountPassword $Password -Enabled $true -PasswordNeverExpires $true `
    -Description 'SQL Server service (prod)'

Add-ADGroupMember -Identity 'SQL-Service-Accounts' -Members 'svc_sql_prod'
Set-ADUser -Identity 'svc_sql_prod' -ServicePrincipalNames @{ Add = 'MSSQLSvc/sql01.corp.local:1433' }
Invoke-Command -ComputerName 'sql01' -ScriptBlock { Restart-Service MSSQLSERVER -Force }
