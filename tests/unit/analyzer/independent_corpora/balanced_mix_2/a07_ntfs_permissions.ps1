<#
.SYNOPSIS
    Grants a group modify rights on project folders and logs what changed.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)]
    [string]$Root,

    [Parameter(Mandatory)]
    [string]$Group
)

$rule = New-Object System.Security.AccessControl.FileSystemAccessRule(
    $Group, 'Modify', 'ContainerInherit,ObjectInherit', 'None', 'Allow')

foreach ($folder in Get-ChildItem -Path $Root -Directory) {
    $acl = Get-Acl -Path $folder.FullName
    $already = $acl.Access | Where-Object { $_.IdentityReference -eq $Group -and $_.FileSystemRights -match 'Modify' }
    if ($already) {
        continue
    }
    if ($PSCmdlet.ShouldProcess($folder.FullName, "Grant Modify to $Group")) {
        $acl.AddAccessRule($rule)
        Set-Acl -Path $folder.FullName -AclObject $acl
        Write-Verbose "Granted Modify on $($folder.FullName)"
    }
}
