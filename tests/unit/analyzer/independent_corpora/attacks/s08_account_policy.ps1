function Set-ServiceAccountPolicy {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)]
        [string]$UserPrincipalName,

        [bool]$PasswordNeverExpires = $true,

        [switch]$ResetPassword
    )

    $account = Get-ADUser -Filter "UserPrincipalName -eq '$UserPrincipalName'"
    if ($PSCmdlet.ShouldProcess($UserPrincipalName, 'apply service account policy')) {
        Set-ADUser -Identity $account -PasswordNeverExpires $PasswordNeverExpires -CannotChangePassword $true
        if ($ResetPassword) {
            Set-ADAccountPassword -Identity $account -Reset -NewPassword (Read-Host -AsSecureString -Prompt 'New password')
        }
    }
}

function Reset-KioskPassword {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)]
        [string]$SamAccountName,

        [Parameter(Mandatory)]
        [string]$NewPassword
    )

    if ($PSCmdlet.ShouldProcess($SamAccountName, 'reset password')) {
        $secure = ConvertTo-SecureString -String $NewPassword -AsPlainText -Force
        Set-ADAccountPassword -Identity $SamAccountName -Reset -NewPassword $secure
    }
}

function Protect-ExportFile {
    param(
        [string]$Path,
        $Passphrase,
        [string[]]$RecoveryPasswords
    )

    $key = [System.Text.Encoding]::UTF8.GetBytes($Passphrase)
    Write-Verbose "Encrypting $Path with $($RecoveryPasswords.Count) recovery passwords"
    Protect-CmsMessage -Path $Path -To $key -OutFile "$Path.cms"
}
