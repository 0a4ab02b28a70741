[Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSAvoidUsingWriteHost', '', Justification = 'Console tool for the DBA team')]
[CmdletBinding()]
param(
    [string]$Instance = 'sql01\OLTP',
    [ValidateSet('Index', 'Statistics', 'Both')]
    [string]$Mode = 'Both'
)

$queries = @{
    Index      = 'EXEC dbo.IndexOptimize @Databases = ''USER_DATABASES'', @FragmentationLevel1 = 10'
    Statistics = 'EXEC dbo.IndexOptimize @Databases = ''USER_DATABASES'', @UpdateStatistics = ''ALL'''
}

$selected = if ($Mode -eq 'Both') { 'Index', 'Statistics' } else { $Mode }
foreach ($step in $selected) {
    Write-Host "[$Instance] $step maintenance..." -NoNewline
    $started = Get-Date
    Invoke-Sqlcmd -ServerInstance $Instance -Database master -Query $queries[$step] -QueryTimeout 0
    Write-Host (' done in {0:n0}s' -f ((Get-Date) - $started).TotalSeconds) -ForegroundColor Green
}
