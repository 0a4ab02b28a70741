Set-StrictMode -Version 3

$script:DefaultOu = 'OU=Lab,DC=corp,DC=contoso,DC=com'

function New-LabUser {
    <#
    .SYNOPSIS
        Creates a lab account in the lab OU.
    #>
    [CmdletBinding(SupportsShouldProcess = $true)]
    param(
        [Parameter(Mandatory = $true)]
        [string]$SamAccountName,

        [Parameter(Mandatory = $true)]
        [securestring]$InitialPassword,

        [string]$Department = 'Lab'
    )

    if ($PSCmdlet.ShouldProcess($SamAccountName, 'Create lab user')) {
        New-ADUser -Name $SamAccountName -SamAccountName $SamAccountName -Path $script:DefaultOu `
            -AccountPassword $InitialPassword -Department $Department -Enabled $true
    }
}

function Get-LabUsers {
    <#
    .SYNOPSIS
        Lists every account in the lab OU.
    #>
    [CmdletBinding()]
    param(
        [string]$Filter = '*'
    )

    Get-ADUser -Filter * -SearchBase $script:DefaultOu -Properties Department
}

function Disable-StaleLabUser {
    <#
    .SYNOPSIS
        Disables lab accounts not used for a number of days.
    #>
    [CmdletBinding(SupportsShouldProcess)]
    param([int]$Days = 45)

    $cutoff = (Get-Date).AddDays(-$Days)
    Get-ADUser -Filter 'Enabled -eq $true' -SearchBase $script:DefaultOu -Properties LastLogonDate |
        Where-Object { $_.LastLogonDate -lt $cutoff } |
        Disable-ADAccount
}

Export-ModuleMember -Function New-LabUser, Get-LabUsers, Disable-StaleLabUser
