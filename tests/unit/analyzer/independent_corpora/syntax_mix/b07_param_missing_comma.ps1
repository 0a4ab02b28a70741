<#
.SYNOPSIS
    Rotates application log files.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$LogFolder
    [int]$KeepDays = 14
)

$limit = (Get-Date).AddDays(-$KeepDays)
Get-ChildItem -Path $LogFolder -Filter *.log |
    Where-Object { $_.LastWriteTime -lt $limit } |
    Compress-Archive -DestinationPath (Join-Path -Path $LogFolder -ChildPath 'archive.zip') -Update
Write-Output "Archived logs older than $KeepDays days"
