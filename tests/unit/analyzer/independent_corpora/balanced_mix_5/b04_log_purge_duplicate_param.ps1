[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$Path,
    [int]$Days = 7,
    [string]$Path = 'C:\Logs'
)
Get-ChildItem -Path $Path -Filter *.log |
    Where-Object LastWriteTime -lt (Get-Date).AddDays(-$Days) |
    Remove-Item -WhatIf
