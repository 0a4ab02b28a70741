# Finds computer accounts that have not logged on for 90 days and disables them
Import-Module ActiveDirectory

$global:DaysInactive = 90
$searchBase = 'OU=Workstations,DC=corp,DC=contoso,DC=com'

function Get-StaleComputers {
    $limit = (Get-Date).AddDays(-$global:DaysInactive)
    Get-ADComputer -Filter { LastLogonTimeStamp -lt $limit } -SearchBase $searchBase -Properties LastLogonTimeStamp, Description
}

function Disable-StaleComputer {
    param([Parameter(ValueFromPipeline)]$Computer, $Reason)
    Set-ADComputer -Identity $Computer -Enabled $false -Description "Disabled $(Get-Date -Format d) - $Reason"
    Move-ADObject -Identity $Computer -TargetPath 'OU=Disabled,DC=corp,DC=contoso,DC=com'
}

$stale = Get-StaleComputers
if ($stale -eq $null) { Write-Output 'Nothing stale'; return }
$stale | Disable-StaleComputer -Reason 'inactive'
$stale | select Name, LastLogonTimeStamp | Export-Csv C:\Reports\stale.csv -NoTypeInformation
