<#
.SYNOPSIS
    Reports print queues with jobs stuck in an error state.
#>
[CmdletBinding()]
param(
    [string]$PrintServer = $env:COMPUTERNAME
)

$queues = Get-Printer -ComputerName $PrintServer   
foreach ($queue in $queues) {
    $stuck = Get-PrintJob -ComputerName $PrintServer -PrinterName $queue.Name |
        Where-Object -FilterScript { $_.JobStatus -match 'Error' }
    if ($stuck) {
        [pscustomobject]@{
            Printer = $queue.Name
            Jobs    = @($stuck).Count
            Oldest  = ($stuck | Sort-Object -Property SubmittedTime | Select-Object -First 1).SubmittedTime
        }
    }
}
