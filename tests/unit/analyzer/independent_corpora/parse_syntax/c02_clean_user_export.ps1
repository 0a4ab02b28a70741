#Requires -Modules ActiveDirectory
<#
.SYNOPSIS
    Exports enabled users of one OU with their manager and last logon date.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$SearchBase,

    [Parameter(Mandatory)]
    [string]$OutputPath
)

$properties = 'DisplayName', 'Department', 'Manager', 'LastLogonDate', 'Mail'
$users = Get-ADUser -Filter 'Enabled -eq $true' -SearchBase $SearchBase -Properties $properties

$managerNames = @{}
$rows = foreach ($user in $users) {
    $managerName = $null
    if ($user.Manager) {
        if (-not $managerNames.ContainsKey($user.Manager)) {
            $managerNames[$user.Manager] = (Get-ADUser -Identity $user.Manager -Properties DisplayName).DisplayName
        }
        $managerName = $managerNames[$user.Manager]
    }

    [pscustomobject]@{
        Name          = $user.DisplayName
        Account       = $user.SamAccountName
        Department    = $user.Department
        Mail          = $user.Mail
        Manager       = $managerName
        LastLogonDate = $user.LastLogonDate
    }
}

$rows | Sort-Object -Property Department, Name | Export-Csv -Path $OutputPath -NoTypeInformation -Encoding UTF8
Write-Verbose -Message "Exported $(@($rows).Count) users to $OutputPath"
