<#
    Azure Automation runbook (PowerShell 7.2 runtime): stops or starts every VM tagged
    AutoShutdown=<schedule name>. Linked to the 'Evening-Stop' and 'Morning-Start' schedules.
    Uses the Automation account's system-assigned managed identity.
#>
param(
    [Parameter(Mandatory)]
    [ValidateSet('Stop', 'Start')]
    [string]$Action,

    [string]$TagName = 'AutoShutdown',
    [string]$TagValue = 'Evening',
    [string]$SubscriptionId = '6f1c2a9e-0d4b-4c1e-9a57-3f2b8e7d1c40'
)

$ErrorActionPreference = 'Stop'

Disable-AzContextAutosave -Scope Process | Out-Null
$context = (Connect-AzAccount -Identity).Context
Set-AzContext -SubscriptionId $SubscriptionId -DefaultProfile $context | Out-Null

function Set-VmPowerState {
    param(
        [Parameter(Mandatory)]
        $Vm,
        [string]$Action
    )

    $state = ($Vm.PowerState -replace 'VM ', '')
    if ($Action -eq 'Stop' -and $state -eq 'running') {
        Write-Output "Stopping $($Vm.Name) in $($Vm.ResourceGroupName)"
        Stop-AzVM -Name $Vm.Name -ResourceGroupName $Vm.ResourceGroupName -Force -NoWait | Out-Null
        return 'stopped'
    }
    if ($Action -eq 'Start' -and $state -eq 'deallocated') {
        Write-Output "Starting $($Vm.Name) in $($Vm.ResourceGroupName)"
        Start-AzVM -Name $Vm.Name -ResourceGroupName $Vm.ResourceGroupName -NoWait | Out-Null
        return 'started'
    }
    return 'unchanged'
}

$vms = Get-AzVM -Status | where { $_.Tags[$TagName] -eq $TagValue }
Write-Output "$($vms.Count) VM(s) tagged $TagName=$TagValue"

$summary = @{ stopped = 0; started = 0; unchanged = 0 }
foreach ($vm in $vms) {
    try {
        $result = Set-VmPowerState -Vm $vm -Action $Action
        $summary[$result]++
    }
    catch {
        Write-Error "Failed on $($vm.Name): $($_.Exception.Message)" -ErrorAction Continue
    }
}

$elapsed = [datetime]::UtcNow
$summary.GetEnumerator() | ForEach-Object { Write-Output ("{0,-10} {1}" -f $_.Key, $_.Value) }
