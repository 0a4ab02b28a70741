<#
.SYNOPSIS
    Creates an Active Directory account for a new employee from HR's onboarding record.
.DESCRIPTION
    The initial password is typed by the service desk agent (never stored in the script)
    and must be changed at first logon.
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [Parameter(Mandatory = $true)]
    [ValidatePattern('^[a-z]{2,20}$')]
    [string]$GivenName,

    [Parameter(Mandatory = $true)]
    [ValidatePattern('^[a-z-]{2,30}$')]
    [string]$Surname,

    [Parameter(Mandatory = $true)]
    [ValidateSet('Finance', 'Sales', 'Engineering', 'HR')]
    [string]$Department,

    [Parameter(Mandatory = $true)]
    [securestring]$InitialPassword
)

$textInfo = (Get-Culture).TextInfo
$sam = ('{0}.{1}' -f $GivenName, $Surname).ToLowerInvariant()
if ($sam.Length -gt 20) {
    $sam = $sam.Substring(0, 20)
}

if (Get-ADUser -Filter "SamAccountName -eq '$sam'" -ErrorAction SilentlyContinue) {
    throw "An account named $sam already exists."
}

$newUser = @{
    Name                  = '{0} {1}' -f $textInfo.ToTitleCase($GivenName), $textInfo.ToTitleCase($Surname)
    GivenName             = $textInfo.ToTitleCase($GivenName)
    Surname               = $textInfo.ToTitleCase($Surname)
    SamAccountName        = $sam
    UserPrincipalName     = "$sam@contoso.com"
    Department            = $Department
    Path                  = "OU=$Department,OU=Staff,DC=contoso,DC=com"
    AccountPassword       = $InitialPassword
    ChangePasswordAtLogon = $true
    Enabled               = $true
}

if ($PSCmdlet.ShouldProcess($sam, 'Create AD user')) {
    New-ADUser @newUser
    Write-Information -MessageData "Created $sam in $Department" -InformationAction Continue
}
