function Remove-OldCheckpoint {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [Microsoft.HyperV.PowerShell.VirtualMachine]$VM,
        [int]$MaxAgeDays = 7
    )
    process {
        $limit = (Get-Date).AddDays(-$MaxAgeDays)
        Get-VMSnapshot -VM $VM |
            Where-Object { $_.CreationTime -lt $limit } |
            Remove-VMSnapshot -IncludeAllChildSnapshots
    }
}

Get-VM -ComputerName $env:COMPUTERNAME | Where-Object State -eq 'Running' | Remove-OldCheckpoint -Verbose
