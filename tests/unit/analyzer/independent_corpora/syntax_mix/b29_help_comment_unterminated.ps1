<#
.SYNOPSIS
    Exports the installed hotfixes to CSV.
.PARAMETER OutFile
    Where the CSV is written.
# >
param(
    [string]$OutFile = '.\hotfixes.csv'
)

Get-HotFix |
    Sort-Object -Property InstalledOn -Descending |
    Export-Csv -Path $OutFile -NoTypeInformation
