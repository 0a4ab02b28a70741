<#
.SYNOPSIS
    Audits NTFS permissions below one or more share roots and exports them to CSV.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string[]]$ShareRoot,
    [string]$OutFile = "C:\Reports\share-acl-$(Get-Date -Format yyyyMMdd).csv"
)

function Get-ShareAcls {
    param([string]$Path)
    $acl = Get-Acl -Path $Path
    foreach ($ace in $acl.Access) {
        [pscustomobject]@{
            Path      = $Path
            Identity  = $ace.IdentityReference.Value
            Rights    = $ace.FileSystemRights
            Inherited = $ace.IsInherited
            Type      = $ace.AccessControlType
        }
    }
}

$results = foreach ($root in $ShareRoot) {
    Get-ShareAcls -Path $root
    Get-ChildItem -Path $root -Directory -Recurse -ErrorAction SilentlyContinue |
        ForEach-Object { Get-ShareAcls -Path $_.FullName }
}

$everyone = $results | Where-Object { $_.Identity -eq 'Everyone' -and $_.Rights -match 'FullControl|Modify' }
if ($everyone) {
    Write-Warning "$(@($everyone).Count) ACEs grant Everyone write access"
}
$results | Export-Csv -Path $OutFile -NoTypeInformation
