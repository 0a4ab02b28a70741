<#
.SYNOPSIS
    Recycles IIS application pools that use too much memory and purges old IIS logs.
#>
[CmdletBinding()]
param(
    [int]$MaxPrivateMemoryMB = 2048,
    [int]$LogRetentionDays = 60
)

Import-Module WebAdministration

$pools = Get-ChildItem -Path IIS:\AppPools
foreach ($pool in $pools) {
    $workers = Get-WmiObject -Namespace 'root\WebAdministration' -Class WorkerProcess |
        Where-Object { $_.AppPoolName -eq $pool.Name }
    foreach ($worker in $workers) {
        $process = Get-Process -Id $worker.ProcessId
        if ($process.PrivateMemorySize64 / 1MB -gt $MaxPrivateMemoryMB) {
            Write-Verbose "Recycling $($pool.Name)"
            Restart-WebAppPool -Name $pool.Name
        }
    }
}

$logRoot = 'C:\inetpub\logs\LogFiles'
$limit = (Get-Date).AddDays(-$LogRetentionDays)
Get-ChildItem -Path $logRoot -Recurse -File |
    Where-Object { $_.LastWriteTime -lt $limit } |
    Remove-Item -Force
