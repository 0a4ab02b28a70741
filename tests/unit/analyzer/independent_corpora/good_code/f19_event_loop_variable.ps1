<#
.SYNOPSIS
    Summarises account lockouts (event 4740) from the PDC emulator's Security log.
#>
[CmdletBinding()]
param(
    [ValidateRange(1, 168)]
    [int]$HoursBack = 24
)

$pdc = (Get-ADDomain).PDCEmulator
$events = Get-WinEvent -ComputerName $pdc -FilterHashtable @{
    LogName   = 'Security'
    Id        = 4740
    StartTime = (Get-Date).AddHours(-$HoursBack)
} -ErrorAction SilentlyContinue

$lockouts = foreach ($event in $events) {
    [pscustomobject]@{
        Time     = $event.TimeCreated
        User     = $event.Properties[0].Value
        Computer = $event.Properties[1].Value
    }
}

$lockouts |
    Group-Object -Property User |
    Sort-Object -Property Count -Descending |
    Select-Object -Property Name, Count, @{ Name = 'Sources'; Expression = { ($_.Group.Computer | Sort-Object -Unique) -join ', ' } }
