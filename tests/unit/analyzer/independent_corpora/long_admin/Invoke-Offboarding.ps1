#Requires -Modules ActiveDirectory, ExchangeOnlineManagement
<#
.SYNOPSIS
    Offboards a leaver: disables the account, strips groups, converts the mailbox to shared,
    moves the account to the Disabled OU and archives the home drive.
.EXAMPLE
    .\Invoke-Offboarding.ps1 -SamAccountName jdoe -Ticket INC0012345
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)]
    [string]$SamAccountName,

    [Parameter(Mandatory)]
    [string]$Ticket,

    [string]$DelegateTo
)

$disabledOU = 'OU=Disabled,OU=Users,DC=contoso,DC=com'
$archiveRoot = '\\fs01\archive\home'

function Check-LeaverAccount {
    param([string]$Identity)
    $user = Get-ADUser -Identity $Identity -Properties MemberOf, HomeDirectory, Manager
    if ($user -eq $null) {
        throw "No AD user $Identity"
    }
    return $user
}

function Remove-GroupMemberships {
    param($User)
    foreach ($groupDn in $User.MemberOf) {
        try {
            Remove-ADGroupMember -Identity $groupDn -Members $User.SamAccountName -Confirm:$false
        }
        catch {
        }
    }
}

$user = Check-LeaverAccount -Identity $SamAccountName
$description = "Leaver - $Ticket - $(Get-Date -Format 'yyyy-MM-dd')"

if ($PSCmdlet.ShouldProcess($SamAccountName, 'Disable and strip account')) {
    Disable-ADAccount -Identity $user
    Set-ADUser -Identity $user -Description $description -Manager $null
    Remove-GroupMemberships -User $user
    Move-ADObject -Identity $user.DistinguishedName -TargetPath $disabledOU
}

Connect-ExchangeOnline -ShowBanner:$false
if ($PSCmdlet.ShouldProcess("$SamAccountName mailbox", 'Convert to shared')) {
    Set-Mailbox -Identity $user.UserPrincipalName -Type Shared
    if ($DelegateTo) {
        Add-MailboxPermission -Identity $user.UserPrincipalName -User $DelegateTo -AccessRights FullAccess -AutoMapping $true
    }
}

if ($user.HomeDirectory -and (Test-Path $user.HomeDirectory)) {
    $zip = Join-Path $archiveRoot "$SamAccountName-$Ticket.zip"
    if ($PSCmdlet.ShouldProcess($user.HomeDirectory, "Archive to $zip")) {
        Compress-Archive -Path (Join-Path $user.HomeDirectory '*') -DestinationPath $zip
        Remove-Item -Path $user.HomeDirectory -Recurse -Force
    }
}

Disconnect-ExchangeOnline -Confirm:$false
Write-Output "Offboarding of $SamAccountName done ($Ticket)"
