<#
.SYNOPSIS
    Makes the membership of an AD group match a CSV export from HR.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)]
    [string]$GroupName,

    [Parameter(Mandatory)]
    [string]$CsvPath
)

$wanted = Import-Csv -Path $CsvPath | Select-Object -ExpandProperty SamAccountName
$current = Get-ADGroupMember -Identity $GroupName | Select-Object -ExpandProperty SamAccountName

$toAdd = $wanted | Where-Object { $_ -notin $current }
$toRemove = $current | Where-Object { $_ -notin $wanted }

if ($toAdd -and $PSCmdlet.ShouldProcess($GroupName, "Add $(@($toAdd).Count) member(s)")) {
    Add-ADGroupMember -Identity $GroupName -Members $toAdd
}
if ($toRemove -and $PSCmdlet.ShouldProcess($GroupName, "Remove $(@($toRemove).Count) member(s)")) {
    Remove-ADGroupMember -Identity $GroupName -Members $toRemove -Confirm:$false
}

[PSCustomObject]@{ Group = $GroupName; Added = @($toAdd).Count; Removed = @($toRemove).Count }
