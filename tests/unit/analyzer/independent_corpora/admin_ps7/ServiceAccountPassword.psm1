# Rotates the passwords of managed service accounts that cannot use gMSA yet.

function Reset-ServiceAccountPassword {
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    param(
        [Parameter(Mandatory)]
        [string]$AccountName,

        [Parameter(Mandatory)]
        [securestring]$NewPassword,

        [string[]]$Servers
    )

    if ($PSCmdlet.ShouldProcess($AccountName, 'Reset password')) {
        Set-ADAccountPassword -Identity $AccountName -NewPassword $NewPassword -Reset
        foreach ($server in $Servers) {
            Write-Verbose "Updating services on $server"
            Invoke-Command -ComputerName $server -ScriptBlock {
                Get-CimInstance -ClassName Win32_Service -Filter "StartName LIKE '%$AccountName%'"
            }
        }
    }
}

function Test-ServiceLogon {
    [CmdletBinding()]
    param(
        [string]$User,
        [string]$Password,
        [pscredential]$Credential,
        [string]$Domain = 'CONTOSO'
    )
    $ctx = New-Object System.DirectoryServices.AccountManagement.PrincipalContext('Domain', $Domain)
    if ($Credential) {
        return $ctx.ValidateCredentials($Credential.UserName, $Credential.GetNetworkCredential().Password)
    }
    $ctx.ValidateCredentials($User, $Password)
}

Export-ModuleMember -Function Reset-ServiceAccountPassword, Test-ServiceLogon
