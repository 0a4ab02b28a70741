<#
.SYNOPSIS
    Lists the ten largest folders under a path (quick helper for the storage team).
#>
[CmdletBinding()]
param(
    [string]$Path = 'D:\Shares'
)

$folders = Get-ChildItem -Path $Path -Directory
$sizes = foreach ($folder in $folders) {
    $bytes = (gci -Path $folder.FullName -Recurse -File -ErrorAction SilentlyContinue |
            Measure-Object -Property Length -Sum).Sum
    [pscustomobject]@{
        Folder = $folder.FullName
        SizeGB = [math]::Round($bytes / 1GB, 2)
    }
}

$sizes |
    Sort-Object -Property SizeGB -Descending |
    select -First 10
