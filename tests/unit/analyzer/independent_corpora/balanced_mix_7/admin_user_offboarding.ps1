# Offboarding - helpdesk runs this when HR closes a ticket
param(
    [Parameter(Mandatory = $true)]
    [string]$SamAccountName,
    [switch]$KeepMailbox = $true,
    [string]$Ticket
)

Import-Module ActiveDirectory
$user = Get-ADUser $SamAccountName -Properties MemberOf, HomeDirectory
if ($user -eq $null) {
    Write-Host "User $SamAccountName not found"
    exit 1
}

function Remove-UserGroups($Account) {
    foreach ($g in $Account.MemberOf) {
        Remove-ADGroupMember -Identity $g -Members $Account -Confirm:$false
    }
}

Remove-UserGroups $user
Disable-ADAccount -Identity $user
Set-ADUser $user -Description "Disabled $(Get-Date -Format yyyy-MM-dd) ticket $Ticket"
Move-ADObject -Identity $user.DistinguishedName -TargetPath 'OU=Disabled,DC=corp,DC=local'

if ($KeepMailbox -eq $false) {
    Set-Mailbox -Identity $SamAccountName -Type Shared
}
if ($user.HomeDirectory) {
    Move-Item $user.HomeDirectory \\fs01\archive\home\ -Force
}
