<#
    Onboarding script for new hires. HR drops a CSV into \\hr01\exports\newhires every morning;
    the service desk runs this script, which creates the AD account, the home drive and the
    default group memberships.
#>
param(
    [Parameter(Mandatory)]
    [string]$CsvPath,

    [Parameter(Mandatory)]
    [string]$DefaultPassword,

    [string]$OU = 'OU=Staff,OU=Users,DC=contoso,DC=com',
    [switch]$SkipHomeDrive
)

Import-Module ActiveDirectory

$homeRoot = '\\fs01\home$'
$defaultGroups = @('All Staff', 'VPN Users', 'M365-E3')
$created = 0

function New-HomeDrive {
    param([string]$SamAccountName)

    $path = Join-Path $homeRoot $SamAccountName
    if (Test-Path $path) {
        return $path
    }
    New-Item -ItemType Directory -Path $path | Out-Null
    $acl = Get-Acl $path
    $rule = New-Object System.Security.AccessControl.FileSystemAccessRule("CONTOSO\$SamAccountName", 'Modify', 'ContainerInherit,ObjectInherit', 'None', 'Allow')
    $acl.AddAccessRule($rule)
    Set-Acl -Path $path -AclObject $acl
    return $path
}

$hires = Import-Csv -Path $CsvPath
foreach ($hire in $hires) {
    $sam = ($hire.FirstName.Substring(0, 1) + $hire.LastName).ToLower() -replace '[^a-z]', ''
    $existing = Get-ADUser -Filter "SamAccountName -eq '$sam'" -ErrorAction SilentlyContinue
    if ($existing) {
        Write-Warning "$sam already exists, skipping"
        continue
    }

    $securePassword = ConvertTo-SecureString $DefaultPassword -AsPlainText -Force
    $userParams = @{
        Name                  = "$($hire.FirstName) $($hire.LastName)"
        GivenName             = $hire.FirstName
        Surname               = $hire.LastName
        SamAccountName        = $sam
        UserPrincipalName     = "$sam@contoso.com"
        Department            = $hire.Department
        Title                 = $hire.Title
        Path                  = $OU
        AccountPassword       = $securePassword
        ChangePasswordAtLogon = $true
        Enabled               = $true
    }
    New-ADUser @userParams

    foreach ($group in $defaultGroups) {
        Add-ADGroupMember -Identity $group -Members $sam
    }

    if (-not $SkipHomeDrive) {
        $homePath = New-HomeDrive -SamAccountName $sam
        Set-ADUser -Identity $sam -HomeDirectory $homePath -HomeDrive 'H:'
    }

    $manager = $hire.Manager
    $created++
    Write-Output "Created $sam"
}

Write-Output "$created account(s) created"
