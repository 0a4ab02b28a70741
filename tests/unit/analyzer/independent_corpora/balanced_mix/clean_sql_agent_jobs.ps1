<#
.SYNOPSIS
    Lists SQL Agent jobs that failed in the last day.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$SqlInstance,
    [pscredential]$Credential
)

$query = @'
SELECT j.name, h.run_date, h.run_time, h.message
FROM msdb.dbo.sysjobhistory h
JOIN msdb.dbo.sysjobs j ON j.job_id = h.job_id
WHERE h.run_status = 0 AND h.step_id = 0
  AND h.run_date >= CONVERT(int, CONVERT(char(8), DATEADD(day, -1, GETDATE()), 112))
'@

$params = @{
    ServerInstance = $SqlInstance
    Database       = 'msdb'
    Query          = $query
}
if ($Credential) {
    $params.Credential = $Credential
}
Invoke-Sqlcmd @params | Sort-Object -Property run_date, run_time
