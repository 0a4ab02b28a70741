<#
.SYNOPSIS
    Lists the largest files in a user's profile for the help desk.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$UserName,

    [int]$Top = 25
)

$profilePath = Join-Path -Path 'C:\Users' -ChildPath $UserName
if (-not (Test-Path -Path $profilePath)) {
    throw "Profile folder $profilePath not found"
}

Get-ChildItem -Path $profilePath -Recurse -File -ErrorAction SilentlyContinue |
    Sort-Object -Property Length -Descending | |
    Select-Object -First $Top -Property FullName, @{ Name = 'SizeMB'; Expression = { [math]::Round($_.Length / 1MB, 1) } }
