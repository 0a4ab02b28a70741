<#
.SYNOPSIS
    Collects installed hotfixes and pending-reboot state from a list of servers.
.EXAMPLE
    .\remote_patch_inventory.ps1 -ComputerName (Get-Content .\servers.txt) -Credential (Get-Credential)
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string[]]$ComputerName,

    [System.Management.Automation.PSCredential]
    [System.Management.Automation.Credential()]
    $Credential = [System.Management.Automation.PSCredential]::Empty,

    [int]$SinceDays = 60
)

$cutoff = (Get-Date).AddDays(-$SinceDays)
Write-Verbose "Collecting hotfixes installed since $cutoff from $($ComputerName.Count) computer(s)"
$invokeParams = @{
    ComputerName = $ComputerName
    ErrorAction  = 'Continue'
}
if ($Credential -ne [System.Management.Automation.PSCredential]::Empty) {
    $invokeParams['Credential'] = $Credential
}

Invoke-Command @invokeParams -ScriptBlock {
    $pending = Test-Path -Path 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Component Based Servicing\RebootPending'
    $hotfixes = Get-HotFix | Where-Object { $_.InstalledOn -ge $using:cutoff }
    foreach ($hotfix in $hotfixes) {
        [pscustomobject]@{
            Computer      = $env:COMPUTERNAME
            HotFixId      = $hotfix.HotFixID
            InstalledOn   = $hotfix.InstalledOn
            RebootPending = $pending
        }
    }
} | Sort-Object -Property Computer, InstalledOn |
    Select-Object -Property Computer, HotFixId, InstalledOn, RebootPending
