function Set-FolderPermission {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$Path,

        [Parameter(Mandatory)]
        [string]$Identity,

        [ValidateSet('Read', 'Modify', 'FullControl')]
        [string]$Right = 'Read'
    )

    $acl = Get-Acl -Path $Path
    $rule = New-Object System.Security.AccessControl.FileSystemAccessRule($Identity, $Right, 'ContainerInherit, ObjectInherit', 'None', 'Allow')
    $acl.AddAccessRule($rule)
    Set-Acl -Path $Path -AclObject $acl
}

function Get-FolderPermission {
    param([string]$Path)

    try {
        (Get-Acl -Path $Path).Access |
            Select-Object -Property IdentityReference, FileSystemRights, IsInherited
    }
    catch [System.UnauthorizedAccessException] { }
}

$shares = Get-SmbShare -CimSession fs01 | Where-Object { -not $_.Special }
foreach ($share in $shares) {
    Set-FolderPermission -Path $share.Path -Identity 'CONTOSO\Helpdesk' -Right Read
    Get-FolderPermission -Path $share.Path
}
Invoke-Command -ComputerName fs02 -ScriptBlock { Get-SmbShare | Select-Object -Property Name, Path }
