# Removes mailbox licences from leavers once their 30-day hold has passed.
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    $Credential,
    [string]$LeaverGroup = 'SG-Leavers',
    [switch]$WhatIf
)

Connect-ExchangeOnline -Credential $Credential -ShowBanner:$false
Connect-MgGraph -Scopes 'User.ReadWrite.All', 'Group.Read.All' -NoWelcome

function Remove-LeaverLicenses {
    param(
        [string]$GroupName,
        [int]$HoldDays = 30,
        [switch]$WhatIf
    )
    $group = Get-MgGroup -Filter "displayName eq '$GroupName'"
    $members = Get-MgGroupMember -GroupId $group.Id -All
    foreach ($member in $members) {
        $user = Get-MgUser -UserId $member.Id -Property Id, UserPrincipalName, AssignedLicenses, EmployeeLeaveDateTime
        if ($user.EmployeeLeaveDateTime -and $user.EmployeeLeaveDateTime -lt (Get-Date).AddDays(-$HoldDays)) {
            $skus = $user.AssignedLicenses.SkuId
            if ($WhatIf) {
                Write-Output "Would remove $($skus.Count) licence(s) from $($user.UserPrincipalName)"
                continue
            }
            $null = Set-MgUserLicense -UserId $user.Id -AddLicenses @() -RemoveLicenses $skus
        }
    }
}

Remove-LeaverLicenses -GroupName $LeaverGroup -WhatIf:$WhatIf
Disconnect-ExchangeOnline -Confirm:$false
