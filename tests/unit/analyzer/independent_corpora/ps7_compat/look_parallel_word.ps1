<#
    Reports which scheduled tasks of the nightly ETL run in parallel (same start time).
    The word "parallel" here is only text; nothing uses ForEach-Object -Parallel.
#>
param(
    [string]$TaskPath = '\ETL\'
)

$tasks = Get-ScheduledTask -TaskPath $TaskPath |
    Where-Object { $_.State -ne 'Disabled' }

$groups = $tasks |
    Group-Object -Property { $_.Triggers[0].StartBoundary } |
    Where-Object { $_.Count -gt 1 }

foreach ($group in $groups) {
    $names = ($group.Group | ForEach-Object { $_.TaskName }) -join ', '
    Write-Output "parallel start at $($group.Name): $names"
}
if (-not $groups) {
    Write-Output 'No tasks start in parallel.'
}
