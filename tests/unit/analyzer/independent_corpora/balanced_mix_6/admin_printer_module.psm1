function Get-PrinterQueueStatus {
    param([string]$Server = 'print01')
    Get-Printer -ComputerName $Server | Select-Object -Property Name, PrinterStatus, JobCount
}

function Clear-StuckJobs {
    [CmdletBinding()]
    param(
        [string]$Server,
        [string]$Verbose
    )
    Get-PrintJob -ComputerName $Server -PrinterName * |
        Where-Object { $_.JobStatus -match 'Error' } |
        Remove-PrintJob
}

function global:Restart-Spooler {
    Restart-Service -Name Spooler -Force
}

Export-ModuleMember -Function Get-PrinterQueueStatus, Clear-StuckJobs
