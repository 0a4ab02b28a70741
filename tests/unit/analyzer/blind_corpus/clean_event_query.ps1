<#
.SYNOPSIS
    Summarises failed logons (event 4625) of the last day.
#>
[CmdletBinding()]
param(
    [ValidateRange(1, 168)]
    [int]$Hours = 24
)

$filter = @{
    LogName   = 'Security'
    Id        = 4625
    StartTime = (Get-Date).AddHours(-$Hours)
}
$events = Get-WinEvent -FilterHashtable $filter -ErrorAction SilentlyContinue
$events |
    Group-Object -Property { $_.Properties[5].Value } |
    Sort-Object -Property Count -Descending |
    Select-Object -First 10 -Property Name, Count
