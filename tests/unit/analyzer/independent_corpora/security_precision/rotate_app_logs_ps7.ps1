#Requires -Version 7.2
<#
.SYNOPSIS
    Compresses yesterday's application logs on every web node in parallel (PowerShell 7).
#>
[CmdletBinding()]
param(
    [string[]]$LogShares = @('\\web01\logs$', '\\web02\logs$', '\\web03\logs$'),
    [string]$ArchiveRoot,
    [int]$ThrottleLimit = 4
)

$ArchiveRoot ??= 'D:\LogArchive'
$stamp = (Get-Date).AddDays(-1).ToString('yyyyMMdd')
Write-Verbose "Archiving logs of $stamp to $ArchiveRoot"

$results = $LogShares | ForEach-Object -Parallel {
    $share = $_
    $files = Get-ChildItem -Path $share -Filter "*$($using:stamp)*.log" -File -ErrorAction SilentlyContinue
    $node = ($share -split '\\')[2]
    $target = Join-Path -Path $using:ArchiveRoot -ChildPath "$node-$($using:stamp).zip"
    if ($files) {
        Compress-Archive -Path $files.FullName -DestinationPath $target -Force
    }
    [pscustomobject]@{
        Node    = $node
        Files   = $files.Count
        Archive = $files ? $target : $null
    }
} -ThrottleLimit $ThrottleLimit

$results | Format-Table -AutoSize
$failed = $results.Where({ $_.Files -eq 0 })
$failed.Count -gt 0 ? (Write-Warning "No logs found on $($failed.Node -join ', ')") : (Write-Verbose 'All nodes archived')
