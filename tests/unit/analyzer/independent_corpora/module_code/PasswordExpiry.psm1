Set-StrictMode -Version Latest

function Get-PasswordExpiry {
    <#
    .SYNOPSIS
        Returns the password expiry date of enabled domain users.
    .PARAMETER SearchBase
        Distinguished name of the OU to search.
    .EXAMPLE
        Get-PasswordExpiry -SearchBase 'OU=Staff,DC=corp,DC=contoso,DC=com' -WithinDays 14
    #>
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param(
        [Parameter(Mandatory)]
        [string]$SearchBase,

        [ValidateRange(1, 365)]
        [int]$WithinDays = 30
    )

    $limit = (Get-Date).AddDays($WithinDays)
    $users = Get-ADUser -SearchBase $SearchBase -Filter 'Enabled -eq $true -and PasswordNeverExpires -eq $false' `
        -Properties 'msDS-UserPasswordExpiryTimeComputed', 'mail'

    foreach ($user in $users) {
        $expires = [datetime]::FromFileTime($user.'msDS-UserPasswordExpiryTimeComputed')
        if ($expires -le $limit) {
            [pscustomobject]@{
                SamAccountName = $user.SamAccountName
                Mail           = $user.mail
                Expires        = $expires
            }
        }
    }
}

function Send-PasswordExpiryNotice {
    <#
    .SYNOPSIS
        Mails each user in the pipeline a reminder to change the password.
    #>
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory, ValueFromPipelineByPropertyName)]
        [string]$Mail,

        [Parameter(Mandatory, ValueFromPipelineByPropertyName)]
        [datetime]$Expires,

        [Parameter(Mandatory)]
        [string]$SmtpServer
    )

    process {
        $days = [int]($Expires - (Get-Date)).TotalDays
        if ($PSCmdlet.ShouldProcess($Mail, 'Send expiry notice')) {
            Send-MailMessage -To $Mail -From 'it-noreply@contoso.com' -SmtpServer $SmtpServer `
                -Subject "Your password expires in $days day(s)" -Body 'Press Ctrl+Alt+Del and choose Change a password.'
        }
    }
}

Export-ModuleMember -Function Get-PasswordExpiry, Send-PasswordExpiryNotice
