#Requires -Modules ActiveDirectory
<#
.SYNOPSIS
    Exports the members of privileged groups for the quarterly access review.
#>
[CmdletBinding()]
param(
    [string[]]$Group = @('Domain Admins', 'Enterprise Admins', 'Schema Admins', 'Backup Operators'),
    [string]$OutputPath = (Join-Path $PSScriptRoot ('privileged-{0:yyyy-MM}.csv' -f (Get-Date)))
)

$rows = foreach ($g in $Group) {
    $members = Get-ADGroupMember -Identity $g -Recursive | Where-Object objectClass -eq 'user'
    foreach ($m in $members) {
        $user = Get-ADUser -Identity $m.SamAccountName -Properties LastLogonDate, PasswordLastSet, Enabled
        [pscustomobject]@{
            Group           = $g
            SamAccountName  = $user.SamAccountName
            Enabled         = $user.Enabled
            LastLogonDate   = $user.LastLogonDate
            PasswordLastSet = $user.PasswordLastSet
        }
    }
}

$rows | Sort-Object Group, SamAccountName | Export-Csv -Path $OutputPath -NoTypeInformation
Write-Verbose "Exported $(@($rows).Count) rows to $OutputPath"
