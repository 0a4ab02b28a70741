# Finds computer objects that have not logged on recently.
param(
    [int]$DaysInactive = 90
)

function Get-OsBreakdown {
    param($Computer)

    $Computer |
        Where-Object { $_.OperatingSystem -ne $null } |
        Group-Object -Property OperatingSystem |
        Select-Object -Property Count, Name
}

$cutoff = (Get-Date).AddDays(-$DaysInactive)
$computers = Get-ADComputer -Filter * -Properties LastLogonDate, OperatingSystem
if ($computers -eq $null) {
    throw 'The directory query returned no computers.'
}

$never = $computers | Where-Object { $_.LastLogonDate -eq $null }
$stale = $computers | Where-Object { $null -ne $_.LastLogonDate -and $_.LastLogonDate -lt $cutoff }

Write-Output ('{0} never logged on, {1} inactive for {2} days' -f @($never).Count, @($stale).Count, $DaysInactive)
if ($null -eq $stale) {
    return
}

Get-OsBreakdown -Computer $stale
$stale | Select-Object Name, LastLogonDate | Sort-Object LastLogonDate
