#Requires -Version 7.0
# Applies defaults to the job settings read from the queue message.
param(
    [Parameter(Mandatory)]
    [string]$MessagePath
)

$job = Get-Content -Path $MessagePath -Raw | ConvertFrom-Json -AsHashtable
$timeout = $job['TimeoutSeconds']
$timeout -as [int] ??= 300
$job['Priority'] ??= 'normal'

Write-Output "Running $($job['Name']) with priority $($job['Priority']) and timeout $timeout s"
