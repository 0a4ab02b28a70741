<#
.SYNOPSIS
    Collects the last installed hotfix from each server with stored credentials.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string[]]$ComputerName,

    [System.Management.Automation.PSCredential]
    [System.Management.Automation.Credential()]
    $Credential = [System.Management.Automation.PSCredential]::Empty,

    [int]$StaleAfterDays = 45
)

$cutoff = (Get-Date).AddDays(-$StaleAfterDays)
Write-Verbose "Hotfixes older than $cutoff are flagged as stale"
$results = Invoke-Command -ComputerName $ComputerName -Credential $Credential -ErrorAction SilentlyContinue -ScriptBlock {
    $latest = Get-HotFix | Where-Object InstalledOn | Sort-Object -Property InstalledOn -Descending | Select-Object -First 1
    [pscustomobject]@{
        HotFix      = $latest.HotFixID
        InstalledOn = $latest.InstalledOn
        Stale       = $latest.InstalledOn -lt $using:cutoff
    }
}

$results | Select-Object PSComputerName, HotFix, InstalledOn, Stale | Sort-Object -Property InstalledOn
