#Requires -Modules ActiveDirectory
<#
.SYNOPSIS
    Builds the onboarding e-mail body for a new hire.
#>

function Get-WelcomeMessage {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$SamAccountName
    )

    $user = Get-ADUser -Identity $SamAccountName -Properties DisplayName, Department, Manager
    $manager = Get-ADUser -Identity $user.Manager -Properties DisplayName

    @"
Hello $($user.DisplayName),

Welcome to the $($user.Department) team! Your manager, $($manager.DisplayName),
will meet you on your first day. Your sign-in name is "$SamAccountName".

Regards,
IT Service Desk
    "@
}

Get-WelcomeMessage -SamAccountName 'jdoe'
