<#
    Backup team: list the shadow copies and their storage before the weekly restore test.
    Nothing is deleted; the output goes to the ticket.
#>
[CmdletBinding()]
param(
    [string]$Ticket = 'CHG0000000'
)

$shadows = Get-CimInstance -ClassName Win32_ShadowCopy |
    Select-Object -Property ID, VolumeName, InstallDate, ClientAccessible, State

$storage = vssadmin.exe list shadowstorage
$writers = vssadmin.exe list writers | Select-String -Pattern 'Writer name|State'

$summary = [PSCustomObject]@{
    Ticket      = $Ticket
    Computer    = $env:COMPUTERNAME
    ShadowCount = @($shadows).Count
    Oldest      = ($shadows | Sort-Object -Property InstallDate | Select-Object -First 1).InstallDate
    Storage     = $storage -join [Environment]::NewLine
    Writers     = ($writers | ForEach-Object { $_.Line.Trim() }) -join '; '
}

$summary | ConvertTo-Json -Depth 3 | Set-Content -Path ".\$Ticket-vss.json"
Get-Service -Name VSS, wbengine | Select-Object -Property Name, Status, StartType
