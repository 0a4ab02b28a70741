function New-LabUser {
    <#
    .SYNOPSIS
        Creates a local user for lab machines.
    .PARAMETER Credential
        The user name and password of the new account.
    .PARAMETER Description
        Text stored on the account.
    #>
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)]
        [System.Management.Automation.PSCredential]
        [System.Management.Automation.Credential()]
        $Credential,

        [string]$Description = 'Lab account'
    )

    if ($PSCmdlet.ShouldProcess($Credential.UserName, 'Create local user')) {
        New-LocalUser -Name $Credential.UserName -Password $Credential.Password -Description $Description
        Write-Verbose -Message "Created $($Credential.UserName)"
    }
}
