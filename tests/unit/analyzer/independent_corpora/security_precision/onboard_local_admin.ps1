<#
.SYNOPSIS
    Creates the break-glass local administrator on a freshly imaged kiosk.
#>
param(
    [Parameter(Mandatory = $true)]
    [string]$AccountName,

    [Parameter(Mandatory = $true)]
    [string]$Password,

    [string]$Description = 'Break-glass administrator'
)

$securePassword = ConvertTo-SecureString -String $Password -AsPlainText -Force

if (Get-LocalUser -Name $AccountName -ErrorAction SilentlyContinue) {
    Set-LocalUser -Name $AccountName -Password $securePassword
    Write-Host "Password reset for $AccountName"
}
else {
    New-LocalUser -Name $AccountName -Password $securePassword -Description $Description -PasswordNeverExpires |
        Out-Null
    Add-LocalGroupMember -Group 'Administrators' -Member $AccountName
    Write-Host "Created $AccountName and added it to Administrators"
}
