# Deallocate tagged Azure VMs outside business hours.
param(
    [string]$SubscriptionId = '00000000-1111-2222-3333-444444444444',
    [string]$TagName = 'AutoShutdown'
)

Connect-AzAccount -Identity | Out-Null
Set-AzContext -SubscriptionId $SubscriptionId | Out-Null

function Stop-TaggedVMs {
    param([string]$Tag)
    Write-Verbose "Looking for running VMs tagged $Tag"
    $vms = Get-AzVM -Status | ? { $_.Tags[$Tag] -eq 'true' -and $_.PowerState -eq 'VM running' }
    foreach ($vm in $vms) {
        Write-Output "Deallocating $($vm.Name) in $($vm.ResourceGroupName)"
        Stop-AzVM -Name $vm.Name -ResourceGroupName $vm.ResourceGroupName -Force -NoWait
    }
    return $vms.Count
}

$hour = (Get-Date).ToUniversalTime().Hour
if ($hour -ge 19 -or $hour -lt 6) {
    $count = Stop-TaggedVMs -Tag $TagName
    Write-Output "$count VMs deallocated"
}
