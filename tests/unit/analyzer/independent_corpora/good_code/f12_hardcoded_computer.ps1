<#
.SYNOPSIS
    Nightly check that the reporting database is reachable and its agent jobs succeeded.
#>
[CmdletBinding()]
param(
    [ValidateRange(1, 48)]
    [int]$HoursBack = 24
)

$jobHistory = Invoke-Command -ComputerName 'SQLRPT01' -ScriptBlock {
    Get-WinEvent -FilterHashtable @{ LogName = 'Application'; ProviderName = 'SQLSERVERAGENT'; Level = 2, 3 } -MaxEvents 200 -ErrorAction SilentlyContinue
}

$since = (Get-Date).AddHours(-$HoursBack)
$recent = $jobHistory | Where-Object -FilterScript { $_.TimeCreated -ge $since }
if ($recent) {
    $recent | Select-Object -Property TimeCreated, Id, Message | Format-List
    Write-Warning -Message "$(@($recent).Count) SQL Agent warnings or errors in the last $HoursBack hours"
}
