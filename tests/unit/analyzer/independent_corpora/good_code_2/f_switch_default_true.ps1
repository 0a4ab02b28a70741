function Get-LargeFile {
    <#
    .SYNOPSIS
        Finds the largest files under a folder.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$Path,

        [int]$Top = 20,

        [switch]$Recurse = $true
    )

    Get-ChildItem -Path $Path -File -Recurse:$Recurse -ErrorAction SilentlyContinue |
        Sort-Object -Property Length -Descending |
        Select-Object -First $Top -Property FullName, @{ Name = 'SizeMB'; Expression = { [math]::Round($_.Length / 1MB, 1) } }
}

Get-LargeFile -Path 'D:\Shares\Projects' -Top 50 | Export-Csv -Path '.\largest-files.csv' -NoTypeInformation
