<#
.SYNOPSIS
    Collects recent IIS logs into a dated staging folder.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [ValidateScript({ Test-Path -Path $_ -PathType Container })]
    [string]$LogRoot,

    [ValidateRange(1, 90)]
    [int]$Days = 1
)

$stamp = Get-Date -Format 'yyyyMMdd'
$staging = Join-Path -Path $env:TEMP -ChildPath "iis-$stamp"
New-Item -ItemType Directory -Path $staging -Force | Out-Null

$cutoff = (Get-Date).AddDays(-$Days)
Get-ChildItem -Path $LogRoot -Filter *.log -Recurse |
    Where-Object { $_.LastWriteTime -ge $cutoff } |
    ForEach-Object {
        Copy-Item -Path $_.FullName -Destination $staging\$($_.Directory.Name)_$($_.Name)
    }

Copy-Item $(Get-Location)\retention.txt -Destination $staging -ErrorAction SilentlyContinue
Write-Output "Staged $(@(Get-ChildItem -Path $staging).Count) files in $staging"
