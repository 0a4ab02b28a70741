<#
.SYNOPSIS
    Lists hotfixes installed in the last N days on the given servers.
#>
[CmdletBinding()]
[OutputType([pscustomobject])]
param(
    [Parameter(Mandatory = $true)]
    [string[]]$ComputerName,

    [ValidateRange(1, 365)]
    [int]$Days = 30
)

$since = (Get-Date).AddDays(-$Days)
foreach ($computer in $ComputerName) {
    $hotfixes = Get-WmiObject -Class Win32_QuickFixEngineering -ComputerName $computer -ErrorAction SilentlyContinue
    foreach ($hotfix in $hotfixes) {
        $installedOn = $hotfix.InstalledOn -as [datetime]
        if ($installedOn -and $installedOn -ge $since) {
            [pscustomobject]@{
                ComputerName = $computer
                HotFixId     = $hotfix.HotFixID
                Description  = $hotfix.Description
                InstalledOn  = $installedOn
            }
        }
    }
}
