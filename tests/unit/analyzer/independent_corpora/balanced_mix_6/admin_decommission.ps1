[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [Parameter(Mandatory = $true)]
    [string]$ServerName,
    [string]$Ticket
)

function Remove-ServerFromMonitoring {
    param([string]$Name)
    Invoke-RestMethod -Uri "https://monitor.corp.local/api/hosts/$Name" -Method Delete -UseDefaultCredentials
}

Write-Verbose "Decommissioning $ServerName for ticket $Ticket"
$computer = Get-ADComputer -Identity $ServerName -Properties MemberOf

foreach ($group in $computer.MemberOf) {
    Remove-ADGroupMember -Identity $group -Members $computer -Confirm:$false
}

Remove-DnsServerResourceRecord -ZoneName 'corp.local' -Name $ServerName -RRType A -ComputerName 'dc01' -Force
Remove-ServerFromMonitoring -Name $ServerName
Disable-ADAccount -Identity $computer
Move-ADObject -Identity $computer.DistinguishedName -TargetPath 'OU=Decommissioned,DC=corp,DC=local'
