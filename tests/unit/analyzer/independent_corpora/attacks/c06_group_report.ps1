#Requires -Modules ActiveDirectory
<#
.SYNOPSIS
    Exports the members of the privileged groups for the quarterly access review.
#>
[CmdletBinding()]
param(
    [string[]]$Group = @('Domain Admins', 'Enterprise Admins', 'Schema Admins', 'Backup Operators'),

    [string]$OutputFolder = (Join-Path -Path ([Environment]::GetFolderPath('MyDocuments')) -ChildPath 'AccessReview')
)

if (-not (Test-Path -Path $OutputFolder)) {
    New-Item -Path $OutputFolder -ItemType Directory | Out-Null
}

$stamp = Get-Date -Format 'yyyy-MM-dd'
foreach ($name in $Group) {
    try {
        $members = Get-ADGroupMember -Identity $name -Recursive -ErrorAction Stop
    }
    catch {
        Write-Warning -Message "Cannot read group '$name': $($_.Exception.Message)"
        continue
    }

    $rows = foreach ($member in $members) {
        $user = $null
        if ($member.objectClass -eq 'user') {
            $user = Get-ADUser -Identity $member.SamAccountName -Properties LastLogonDate, PasswordLastSet, Enabled
        }
        [pscustomobject]@{
            Group           = $name
            Member          = $member.SamAccountName
            Type            = $member.objectClass
            Enabled         = if ($null -ne $user) { $user.Enabled } else { '' }
            LastLogonDate   = if ($null -ne $user) { $user.LastLogonDate } else { '' }
            PasswordLastSet = if ($null -ne $user) { $user.PasswordLastSet } else { '' }
        }
    }

    $file = Join-Path -Path $OutputFolder -ChildPath ("{0}_{1}.csv" -f ($name -replace '\s', ''), $stamp)
    $rows | Export-Csv -Path $file -NoTypeInformation
    Write-Information -MessageData "Wrote $(@($rows).Count) rows to $file" -InformationAction Continue
}
