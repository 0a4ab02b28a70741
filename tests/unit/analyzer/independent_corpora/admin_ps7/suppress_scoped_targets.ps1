# Cluster node maintenance helpers; the Set-/Stop- helpers are only called from the
# orchestration runbook, which does its own confirmation.
[Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSUseShouldProcessForStateChangingFunctions', '', Scope = 'Function', Target = 'Set-*')]
param()

function Set-NodeDrain {
    param([Parameter(Mandatory)][string]$Node)
    Suspend-ClusterNode -Name $Node -Drain -Wait
}

function Set-NodeResume {
    param([Parameter(Mandatory)][string]$Node)
    Resume-ClusterNode -Name $Node -Failback Immediate
}

function Stop-NodeServices {
    param([Parameter(Mandatory)][string]$Node)
    Invoke-Command -ComputerName $Node -ScriptBlock {
        Stop-Service -Name 'W3SVC', 'WAS' -Force
    }
}

function Get-NodeState {
    [Diagnostics.CodeAnalysis.SuppressMessageAttribute('UseDeclaredVarsMoreThanAssignments', '')]
    param([Parameter(Mandatory)][string]$Node)
    $raw = Get-ClusterNode -Name $Node
    $state = $raw.State
    $raw | Select-Object Name, State, DrainStatus
}
