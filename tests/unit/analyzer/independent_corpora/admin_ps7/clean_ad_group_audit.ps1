#Requires -Modules ActiveDirectory
<#
.SYNOPSIS
    Exports the members of privileged AD groups, including nested members, for the quarterly audit.
.PARAMETER Group
    Groups to audit.
.PARAMETER OutputFolder
    Folder that receives one CSV file per group.
#>
[CmdletBinding()]
param(
    [string[]]$Group = @('Domain Admins', 'Enterprise Admins', 'Schema Admins', 'Backup Operators'),

    [Parameter(Mandatory)]
    [string]$OutputFolder
)

function Get-PrivilegedMember {
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [string]$Identity
    )
    process {
        Get-ADGroupMember -Identity $Identity -Recursive |
            Where-Object { $_.objectClass -eq 'user' } |
            ForEach-Object {
                $user = Get-ADUser -Identity $_.SamAccountName -Properties Enabled, LastLogonDate, PasswordLastSet
                [pscustomobject]@{
                    Group           = $Identity
                    SamAccountName  = $user.SamAccountName
                    Enabled         = $user.Enabled
                    LastLogonDate   = $user.LastLogonDate
                    PasswordLastSet = $user.PasswordLastSet
                }
            }
    }
}

$stamp = Get-Date -Format 'yyyy-MM-dd'
foreach ($name in $Group) {
    $file = Join-Path -Path $OutputFolder -ChildPath ('{0}_{1}.csv' -f ($name -replace '\s', ''), $stamp)
    $members = $name | Get-PrivilegedMember
    $members | Export-Csv -Path $file -NoTypeInformation -Encoding UTF8
    Write-Verbose ('{0}: {1} member(s) written to {2}' -f $name, @($members).Count, $file)
}
