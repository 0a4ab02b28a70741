#Requires -Modules ActiveDirectory
<#
    OnboardingToolkit.psm1
    Helper functions used by the service desk to onboard new starters.
    Maintained by: IT Operations (infra-ops@contoso.local)
#>

Set-StrictMode -Version Latest

$script:DefaultOU = 'OU=Staff,OU=Users,DC=contoso,DC=local'
$script:HomeRoot = '\\fs01\home$'
$global:OnboardLog = Join-Path $env:TEMP 'onboarding.log'

#region Logging

function Write-OnboardLog {
    param(
        [string]$Message,
        [ValidateSet('INFO', 'WARN', 'ERROR')]
        [string]$Level = 'INFO'
    )
    $stamp = Get-Date -Format 'yyyy-MM-dd HH:mm:ss'
    $line = "$stamp [$Level] $Message"
    Add-Content -Path $global:OnboardLog -Value $line
    if ($Level -eq 'ERROR') {
        Write-Host $line -ForegroundColor Red
    }
}

#endregion

#region Accounts

function New-StarterAccount {
    param(
        [Parameter(Mandatory)]
        [string]$GivenName,
        [Parameter(Mandatory)]
        [string]$Surname,
        [string]$Department,
        [string]$Manager,
        [string]$Password = 'Welcome2024!'
    )

    $sam = ($GivenName.Substring(0, 1) + $Surname).ToLower()
    $upn = "$sam@contoso.local"
    $secure = ConvertTo-SecureString $Password -AsPlainText -Force

    $existing = Get-ADUser -Filter "SamAccountName -eq '$sam'" -ErrorAction SilentlyContinue
    if ($existing -ne $null) {
        Write-OnboardLog "Account $sam already exists" -Level WARN
        return $existing
    }

    $params = @{
        Name              = "$GivenName $Surname"
        GivenName         = $GivenName
        Surname           = $Surname
        SamAccountName    = $sam
        UserPrincipalName = $upn
        Path              = $script:DefaultOU
        Department        = $Department
        AccountPassword   = $secure
        Enabled           = $true
    }
    if ($Manager) {
        $params['Manager'] = $Manager
    }
    New-ADUser @params
    Write-OnboardLog "Created $sam in $($script:DefaultOU)"
    Get-ADUser -Identity $sam
}

function Set-StarterGroups {
    param(
        [Parameter(Mandatory)]
        [string]$SamAccountName,
        [string[]]$Groups,
        [string]$CopyFrom
    )

    if ($CopyFrom) {
        $template = Get-ADUser $CopyFrom -Properties MemberOf
        $Groups += $template.MemberOf
    }

    foreach ($g in $Groups) {
        try {
            Add-ADGroupMember -Identity $g -Members $SamAccountName
            Write-OnboardLog "Added $SamAccountName to $g"
        }
        catch {
        }
    }
}

function New-HomeFolder {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)]
        [string]$SamAccountName
    )

    $path = Join-Path $script:HomeRoot $SamAccountName
    if ($PSCmdlet.ShouldProcess($path, 'Create home folder')) {
        $null = New-Item -Path $path -ItemType Directory -Force
        $acl = Get-Acl $path
        $rule = New-Object System.Security.AccessControl.FileSystemAccessRule(
            "CONTOSO\$SamAccountName", 'Modify', 'ContainerInherit,ObjectInherit', 'None', 'Allow')
        $acl.AddAccessRule($rule)
        Set-Acl -Path $path -AclObject $acl
        Write-OnboardLog "Home folder ready at $path"
    }
}

#endregion

#region Mailbox and licences

function Enable-StarterMailbox {
    param(
        [string]$SamAccountName,
        [string]$ExchangeServer = 'ex01.contoso.local',
        [string]$AdminUser,
        [string]$AdminPassword
    )

    $cred = New-Object System.Management.Automation.PSCredential($AdminUser, (ConvertTo-SecureString $AdminPassword -AsPlainText -Force))
    $session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri "http://$ExchangeServer/PowerShell/" -Credential $cred
    Invoke-Command -Session $session -ScriptBlock {
        Enable-RemoteMailbox -Identity $SamAccountName -RemoteRoutingAddress "$SamAccountName@contoso.mail.onmicrosoft.com"
    }
    Remove-PSSession $session
}

function Get-LicenceSkus {
    param(
        [string]$TenantName
    )
    $skus = Get-MgSubscribedSku -All
    $skus | where { $_.CapabilityStatus -eq 'Enabled' } | select SkuPartNumber, ConsumedUnits
}

#endregion

#region Reporting

function Get-OnboardingSummary {
    [CmdletBinding()]
    param(
        [int]$Days = 7
    )

    $since = (Get-Date).AddDays(-$Days)
    $users = Get-ADUser -Filter "whenCreated -ge '$since'" -Properties whenCreated, Department, Manager
    $unused = $users.Count

    foreach ($u in $users) {
        [pscustomobject]@{
            Name       = $u.Name
            Sam        = $u.SamAccountName
            Department = $u.Department
            Created    = $u.whenCreated
            HasManager = [bool]$u.Manager
        }
    }
}

function Show-OnboardingBanner {
    Write-Host '=============================================='
    Write-Host '   Contoso onboarding toolkit                 '
    Write-Host '=============================================='
}

#endregion

Export-ModuleMember -Function New-StarterAccount, Set-StarterGroups, New-HomeFolder, Enable-StarterMailbox, Get-OnboardingSummary, Show-OnboardingBanner
