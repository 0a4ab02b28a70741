#Requires -Modules ActiveDirectory

function New-ServiceAccount {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$UserName,

        [Parameter(Mandatory)]
        [string]$Password,

        [string]$OrganizationalUnit = 'OU=Service Accounts,DC=corp,DC=contoso,DC=com'
    )

    $secure = ConvertTo-SecureString -String $Password -AsPlainText -Force
    New-ADUser -Name $UserName -SamAccountName $UserName -Path $OrganizationalUnit `
        -AccountPassword $secure -PasswordNeverExpires $true -Enabled $true
}

function Set-ServiceAccountPassword {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory, ValueFromPipelineByPropertyName)]
        [string]$SamAccountName,

        [Parameter(Mandatory)]
        [securestring]$NewPassword
    )

    process {
        if ($PSCmdlet.ShouldProcess($SamAccountName, 'Reset password')) {
            Set-ADAccountPassword -Identity $SamAccountName -NewPassword $NewPassword -Reset
        }
    }
}

function Get-ServiceAccountReport {
    [CmdletBinding()]
    param(
        [string]$SearchBase = 'OU=Service Accounts,DC=corp,DC=contoso,DC=com',
        $Credential
    )

    Get-ADUser -Filter * -SearchBase $SearchBase -Credential $Credential -Properties PasswordLastSet |
        Select-Object -Property SamAccountName, Enabled, PasswordLastSet
}

New-ServiceAccount -UserName 'svc-backup' -Password $env:SVC_BACKUP_PW
Get-ServiceAccountReport | Format-Table -AutoSize
