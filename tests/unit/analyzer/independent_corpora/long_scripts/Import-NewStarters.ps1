<#
.SYNOPSIS
    Creates Active Directory accounts for the new starters listed in the HR export.

.DESCRIPTION
    Reads the weekly HR CSV, validates each row, creates the account in the department's OU with a
    random initial password, adds the department groups and writes a result CSV for the service
    desk. Existing accounts are skipped. Supports -WhatIf.

.PARAMETER CsvPath
    The HR export (columns: EmployeeId, GivenName, Surname, Department, Title, ManagerSam, StartDate).

.PARAMETER DepartmentMapPath
    JSON file mapping department names to an OU and a list of groups.

.PARAMETER ResultPath
    Where the result CSV is written.

.EXAMPLE
    .\Import-NewStarters.ps1 -CsvPath .\starters.csv -DepartmentMapPath .\departments.json -WhatIf
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)]
    [ValidateScript({ Test-Path -LiteralPath $_ -PathType Leaf })]
    [string]$CsvPath,

    [Parameter(Mandatory)]
    [ValidateScript({ Test-Path -LiteralPath $_ -PathType Leaf })]
    [string]$DepartmentMapPath,

    [string]$ResultPath = (Join-Path -Path $PSScriptRoot -ChildPath ('starters-result-{0:yyyyMMdd}.csv' -f (Get-Date)))
)

#Requires -Modules ActiveDirectory

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

function Get-InitialPassword {
    [CmdletBinding()]
    [OutputType([securestring])]
    param(
        [ValidateRange(14, 64)]
        [int]$Length = 16
    )

    $alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%+=?'
    $bytes = [byte[]]::new($Length)
    $rng = [System.Security.Cryptography.RandomNumberGenerator]::Create()
    try {
        $rng.GetBytes($bytes)
    }
    finally {
        $rng.Dispose()
    }

    $secure = [securestring]::new()
    foreach ($b in $bytes) {
        $secure.AppendChar($alphabet[$b % $alphabet.Length])
    }
    $secure.MakeReadOnly()
    $secure
}

function Get-UniqueSamAccountName {
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory)]
        [string]$GivenName,

        [Parameter(Mandatory)]
        [string]$Surname
    )

    $clean = { param($Text) ($Text -replace '[^a-zA-Z]', '').ToLowerInvariant() }
    $base = '{0}.{1}' -f (& $clean $GivenName), (& $clean $Surname)
    if ($base.Length -gt 18) {
        $base = $base.Substring(0, 18)
    }

    $candidate = $base
    $suffix = 1
    while (Get-ADUser -Filter "SamAccountName -eq '$candidate'") {
        $suffix++
        $candidate = '{0}{1}' -f $base, $suffix
    }
    $candidate
}

$departments = Get-Content -LiteralPath $DepartmentMapPath -Raw | ConvertFrom-Json
$rows = Import-Csv -LiteralPath $CsvPath
$results = [System.Collections.Generic.List[pscustomobject]]::new()

foreach ($row in $rows) {
    $result = [ordered]@{
        EmployeeId = $row.EmployeeId
        Name       = '{0} {1}' -f $row.GivenName, $row.Surname
        Sam        = ''
        Status     = ''
        Detail     = ''
    }

    $dept = $departments.PSObject.Properties[$row.Department]
    if ($null -eq $dept) {
        $result.Status = 'Skipped'
        $result.Detail = "Unknown department '$($row.Department)'"
        $results.Add([pscustomobject]$result)
        continue
    }

    $existing = Get-ADUser -Filter "EmployeeID -eq '$($row.EmployeeId)'" -Properties EmployeeID
    if ($existing) {
        $result.Sam = $existing.SamAccountName
        $result.Status = 'Exists'
        $results.Add([pscustomobject]$result)
        continue
    }

    $sam = Get-UniqueSamAccountName -GivenName $row.GivenName -Surname $row.Surname
    $result.Sam = $sam

    $newUser = @{
        Name                  = $result.Name
        GivenName             = $row.GivenName
        Surname               = $row.Surname
        SamAccountName        = $sam
        UserPrincipalName     = "$sam@corp.example.com"
        EmployeeID            = $row.EmployeeId
        Department            = $row.Department
        Title                 = $row.Title
        Path                  = $dept.Value.OU
        AccountPassword       = Get-InitialPassword
        ChangePasswordAtLogon = $true
        Enabled               = $true
    }
    if ($row.ManagerSam) {
        $newUser.Manager = $row.ManagerSam
    }

    if ($PSCmdlet.ShouldProcess($sam, "Create account in $($dept.Value.OU)")) {
        try {
            New-ADUser @newUser
            foreach ($group in $dept.Value.Groups) {
                Add-ADGroupMember -Identity $group -Members $sam
            }
            $result.Status = 'Created'
        }
        catch {
            $result.Status = 'Failed'
            $result.Detail = $_.Exception.Message
        }
    }
    else {
        $result.Status = 'WhatIf'
    }
    $results.Add([pscustomobject]$result)
}

$results | Export-Csv -LiteralPath $ResultPath -NoTypeInformation -Encoding UTF8
$results | Group-Object -Property Status | Select-Object -Property Name, Count
