function Reset-LabEnvironment {
    <#
    .SYNOPSIS
        Reverts every VM of a training lab to its baseline checkpoint.
    .PARAMETER Lab
        Lab prefix; VMs are named <lab>-<role>.
    .PARAMETER Force
        Skips the confirmation question.
    #>
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    param(
        [Parameter(Mandatory)]
        [ValidateSet('lab1', 'lab2', 'lab3')]
        [string]$Lab,

        [switch]$Force
    )

    $vms = @(Get-VM -Name "$Lab-*")
    $question = "Revert $($vms.Count) VM(s) in $Lab to the baseline checkpoint?"
    if (-not ($Force -or $PSCmdlet.ShouldContinue($question, 'Reset lab'))) {
        return
    }

    foreach ($vm in $vms) {
        if ($PSCmdlet.ShouldProcess($vm.Name, 'Restore baseline checkpoint')) {
            Restore-VMCheckpoint -VMName $vm.Name -Name 'baseline' -Confirm:$false
            Start-VM -VM $vm
        }
    }
}

Reset-LabEnvironment -Lab lab2 -Force
