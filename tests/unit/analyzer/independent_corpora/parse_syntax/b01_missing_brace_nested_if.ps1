<#
.SYNOPSIS
    Helpers for the quarterly file-share quota review.
#>

function Get-FolderSizeReport {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$Root,

        [int]$LimitGB = 50
    )

    $limitBytes = $LimitGB * 1GB
    foreach ($dir in Get-ChildItem -Path $Root -Directory) {
        $bytes = (Get-ChildItem -Path $dir.FullName -Recurse -File -ErrorAction SilentlyContinue |
            Measure-Object -Property Length -Sum).Sum
        if ($bytes -gt $limitBytes) {
            [pscustomobject]@{
                Folder = $dir.FullName
                SizeGB = [math]::Round($bytes / 1GB, 2)
            }
        # the closing brace of this if was lost in a merge
    }
}

function ConvertTo-QuotaCsv {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [psobject]$InputObject
    )

    process {
        $InputObject | ConvertTo-Csv -NoTypeInformation
    }
}
