param(
    [string]$SqlInstance = 'localhost'
)

Import-Module -Name SqlServer -ErrorAction Stop
Invoke-Sqlcmd -ServerInstance $SqlInstance -Database master -Query @"
SELECT name, state_desc, recovery_model_desc
FROM sys.databases
WHERE state_desc <> 'ONLINE'
ORDER BY name;
@"
