<#
.SYNOPSIS
    Checks for the HiveNightmare (CVE-2021-36934) misconfiguration on workstations.
.DESCRIPTION
    Reports whether BUILTIN\Users can read the SAM, SECURITY and SYSTEM hives and whether
    shadow copies exist that would expose them. Only ACLs are read; no hive is copied.
#>
[CmdletBinding()]
[OutputType([pscustomobject])]
param()

$configFolder = Join-Path -Path $env:windir -ChildPath 'System32\config'
foreach ($hive in 'SAM', 'SECURITY', 'SYSTEM') {
    $path = Join-Path -Path $configFolder -ChildPath $hive
    $acl = Get-Acl -Path $path
    $usersCanRead = [bool]($acl.Access | Where-Object -FilterScript {
            $_.IdentityReference -match 'BUILTIN\\Users' -and $_.FileSystemRights -match 'Read'
        })
    [pscustomobject]@{
        Hive          = $hive
        UsersCanRead  = $usersCanRead
        ShadowCopies  = @(Get-CimInstance -ClassName Win32_ShadowCopy).Count
        ComputerName  = $env:COMPUTERNAME
    }
}
