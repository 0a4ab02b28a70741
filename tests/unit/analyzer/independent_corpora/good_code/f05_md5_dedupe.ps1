<#
.SYNOPSIS
    Finds duplicate files in the scanned-documents archive.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)]
    [string]$ArchivePath
)

$files = Get-ChildItem -Path $ArchivePath -Recurse -File -Filter '*.pdf'
$bySize = $files | Group-Object -Property Length | Where-Object -FilterScript { $_.Count -gt 1 }

foreach ($group in $bySize) {
    $hashes = $group.Group | ForEach-Object -Process {
        Get-FileHash -Path $_.FullName -Algorithm MD5
    }
    $hashes |
        Group-Object -Property Hash |
        Where-Object -FilterScript { $_.Count -gt 1 } |
        ForEach-Object -Process {
            [pscustomobject]@{
                Hash  = $_.Name
                Files = ($_.Group.Path -join '; ')
            }
        }
}
