<#
.SYNOPSIS
    Weekly index maintenance on the reporting server, run from the jump host.
#>
$ErrorActionPreference = 'Stop'

$result = Invoke-Command -ComputerName 'SQLRPT01' -ScriptBlock {
    Import-Module -Name SqlServer
    Invoke-Sqlcmd -ServerInstance 'localhost' -Database 'Reporting' -QueryTimeout 3600 -Query @'
EXEC dbo.IndexOptimize
    @Databases = 'Reporting',
    @FragmentationLevel1 = 5,
    @FragmentationLevel2 = 30,
    @LogToTable = 'Y';
'@
    Get-Date
}

Write-Output "Index maintenance finished on the reporting server at $result"
