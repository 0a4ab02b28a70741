#Requires -Modules Hyper-V
<#
.SYNOPSIS
    Removes Hyper-V checkpoints older than the retention period.
#>
[CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
param(
    [ValidateRange(1, 365)]
    [int]$RetentionDays = 14
)

$limit = (Get-Date).AddDays(-$RetentionDays)
$checkpoints = Get-VM | Get-VMSnapshot | Where-Object { $_.CreationTime -lt $limit }
foreach ($checkpoint in $checkpoints) {
    $label = '{0} / {1} ({2:d})' -f $checkpoint.VMName, $checkpoint.Name, $checkpoint.CreationTime
    if ($PSCmdlet.ShouldProcess($label, 'Remove checkpoint')) {
        $checkpoint | Remove-VMSnapshot
    }
}
