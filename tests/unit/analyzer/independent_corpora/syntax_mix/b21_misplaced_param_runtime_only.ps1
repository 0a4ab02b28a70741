Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

param(
    [string]$Path = '.'
)

Get-ChildItem -Path $Path -Filter *.ps1 -Recurse |
    Select-String -Pattern 'Invoke-WebRequest' -SimpleMatch |
    Select-Object -Property Path, LineNumber
