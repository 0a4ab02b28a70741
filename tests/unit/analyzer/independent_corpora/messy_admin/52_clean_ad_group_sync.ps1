<#
.SYNOPSIS
    Makes the membership of an AD group match a list of user names.
.PARAMETER GroupName
    The group to update.
.PARAMETER ListPath
    Text file with one sAMAccountName per line.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)]
    [string]$GroupName,

    [Parameter(Mandatory)]
    [ValidateScript({ Test-Path -Path $_ -PathType Leaf })]
    [string]$ListPath
)

Import-Module -Name ActiveDirectory -ErrorAction Stop

$wanted = Get-Content -Path $ListPath |
    ForEach-Object { $_.Trim() } |
    Where-Object { $_ -and -not $_.StartsWith('#') }

$current = Get-ADGroupMember -Identity $GroupName |
    Where-Object { $_.objectClass -eq 'user' } |
    Select-Object -ExpandProperty SamAccountName

$diff = Compare-Object -ReferenceObject @($current) -DifferenceObject @($wanted)
$toAdd = @($diff | Where-Object { $_.SideIndicator -eq '=>' } | Select-Object -ExpandProperty InputObject)
$toRemove = @($diff | Where-Object { $_.SideIndicator -eq '<=' } | Select-Object -ExpandProperty InputObject)

if ($toAdd.Count -gt 0 -and $PSCmdlet.ShouldProcess($GroupName, "Add $($toAdd.Count) member(s)")) {
    Add-ADGroupMember -Identity $GroupName -Members $toAdd
}
if ($toRemove.Count -gt 0 -and $PSCmdlet.ShouldProcess($GroupName, "Remove $($toRemove.Count) member(s)")) {
    Remove-ADGroupMember -Identity $GroupName -Members $toRemove -Confirm:$false
}

[pscustomobject]@{
    Group   = $GroupName
    Added   = $toAdd.Count
    Removed = $toRemove.Count
}
