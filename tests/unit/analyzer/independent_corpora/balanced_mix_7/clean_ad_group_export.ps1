<#
.SYNOPSIS
    Exports the members of the privileged AD groups to CSV for the quarterly access review.
#>
[CmdletBinding()]
param(
    [string[]]$GroupName = @('Domain Admins', 'Enterprise Admins', 'Schema Admins'),
    [string]$OutputFolder = (Join-Path -Path $env:USERPROFILE -ChildPath 'AccessReview')
)

Import-Module -Name ActiveDirectory -ErrorAction Stop

if (-not (Test-Path -Path $OutputFolder)) {
    $null = New-Item -Path $OutputFolder -ItemType Directory
}

$stamp = Get-Date -Format 'yyyyMMdd'
foreach ($group in $GroupName) {
    $members = Get-ADGroupMember -Identity $group -Recursive |
        Where-Object -Property objectClass -EQ -Value 'user' |
        Get-ADUser -Properties Enabled, LastLogonDate, Title

    $file = Join-Path -Path $OutputFolder -ChildPath ('{0}_{1}.csv' -f ($group -replace '\s', ''), $stamp)
    $members |
        Select-Object -Property SamAccountName, Name, Title, Enabled, LastLogonDate |
        Export-Csv -Path $file -NoTypeInformation -Encoding UTF8

    Write-Verbose -Message ('{0}: {1} members written to {2}' -f $group, @($members).Count, $file)
}
