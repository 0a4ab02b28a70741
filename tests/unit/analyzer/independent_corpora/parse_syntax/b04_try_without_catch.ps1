<#
.SYNOPSIS
    Rotates the application log: compresses yesterday's file and prunes old archives.
#>
[CmdletBinding()]
param(
    [string]$LogDirectory = 'D:\Logs\OrderService',
    [int]$KeepDays = 30
)

$yesterday = (Get-Date).AddDays(-1).ToString('yyyyMMdd')
$logFile = Join-Path -Path $LogDirectory -ChildPath "orders-$yesterday.log"
$archive = Join-Path -Path $LogDirectory -ChildPath "archive\orders-$yesterday.zip"

try {
    Compress-Archive -Path $logFile -DestinationPath $archive -ErrorAction Stop
    Remove-Item -Path $logFile -ErrorAction Stop
}

$cutoff = (Get-Date).AddDays(-$KeepDays)
Get-ChildItem -Path (Join-Path -Path $LogDirectory -ChildPath 'archive') -Filter '*.zip' |
    Where-Object { $_.LastWriteTime -lt $cutoff } |
    Remove-Item -WhatIf:$false
