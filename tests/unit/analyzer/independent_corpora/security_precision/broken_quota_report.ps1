<#
.SYNOPSIS
    Reports home-drive usage per user (work in progress, does not run yet).
#>
param(
    [string]$HomeRoot = '\\fs01\home$'
)

$report = foreach ($dir in Get-ChildItem -Path $HomeRoot -Directory) {
    try {
        $size = (Get-ChildItem -Path $dir.FullName -Recurse -File -ErrorAction Stop |
            Measure-Object -Property Length -Sum).Sum
    }
    [pscustomobject]@{
        User   = $dir.Name
        SizeGB = [math]::Round($size / 1GB, 2)
    }
}

$report | Sort-Object -Property SizeGB -Descending | Format-Table -AutoSize
