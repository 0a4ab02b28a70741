#Requires -Version 7.0
#Requires -Modules ActiveDirectory

function New-ServiceAccount {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][string]$UserName,
        [Parameter(Mandatory)][string]$Password,
        [string]$Path = 'OU=Service Accounts,DC=corp,DC=example,DC=com',
        [switch]$NeverExpires
    )

    $secure = ConvertTo-SecureString -String $Password -AsPlainText -Force
    New-ADUser -Name $UserName -SamAccountName $UserName -Path $Path -AccountPassword $secure `
        -Enabled $true -PasswordNeverExpires ($NeverExpires ? $true : $false)
}

$initialPassword = 'Svc-Backup#2024'
New-ServiceAccount -UserName 'svc_backup' -Password $initialPassword -NeverExpires
