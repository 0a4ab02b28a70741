#Requires -Modules Hyper-V
<#
.SYNOPSIS
    Keeps the newest N checkpoints of each VM and removes the rest.
#>
function Remove-StaleCheckpoint {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [Microsoft.HyperV.PowerShell.VirtualMachine[]]$VM,

        [ValidateRange(1, 50)]
        [int]$Keep = 3
    )

    process {
        foreach ($machine in $VM) {
            $checkpoints = @(Get-VMSnapshot -VM $machine | Sort-Object -Property CreationTime -Descending)
            if ($checkpoints.Count -le $Keep) {
                Write-Verbose -Message "$($machine.Name): $($checkpoints.Count) checkpoint(s), nothing to do"
                continue
            }
            foreach ($old in $checkpoints[$Keep..($checkpoints.Count - 1)]) {
                if ($PSCmdlet.ShouldProcess("$($machine.Name)\$($old.Name)", 'Remove checkpoint')) {
                    $old | Remove-VMSnapshot -Confirm:$false
                }
            }
        }
    }
}

Get-VM | Where-Object -Property State -EQ 'Running' | Remove-StaleCheckpoint -Keep 5 -WhatIf
