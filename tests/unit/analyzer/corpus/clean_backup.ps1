<#
.SYNOPSIS
    Backs up a folder to a dated zip archive and prunes old archives.
.DESCRIPTION
    Compresses the source folder into the destination, then removes archives older than
    the retention period. Supports -WhatIf.
.PARAMETER Source
    Folder to back up.
.PARAMETER Destination
    Folder that receives the archives.
.PARAMETER RetentionDays
    How many days of archives to keep.
.EXAMPLE
    .\clean_backup.ps1 -Source D:\Data -Destination E:\Backups -RetentionDays 14
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [Parameter(Mandatory = $true)]
    [ValidateScript({ Test-Path -Path $_ -PathType Container })]
    [string]$Source,

    [Parameter(Mandatory = $true)]
    [string]$Destination,

    [ValidateRange(1, 365)]
    [int]$RetentionDays = 30
)

$ErrorActionPreference = 'Stop'
$stamp = Get-Date -Format 'yyyyMMdd-HHmmss'
$archive = Join-Path -Path $Destination -ChildPath "backup-$stamp.zip"
$maximumSize = 20GB

$sourceSize = (Get-ChildItem -Path $Source -File -Recurse | Measure-Object -Property Length -Sum).Sum
if ($sourceSize -gt $maximumSize) {
    throw "Source is $([math]::Round($sourceSize / 1GB, 2)) GB, more than the $($maximumSize / 1GB) GB limit."
}

if (-not (Test-Path -Path $Destination)) {
    $null = New-Item -Path $Destination -ItemType Directory
}

$compressParameters = @{
    Path             = Join-Path -Path $Source -ChildPath '*'
    DestinationPath  = $archive
    CompressionLevel = 'Optimal'
}
if ($PSCmdlet.ShouldProcess($archive, 'Create archive')) {
    Compress-Archive @compressParameters
    Write-Verbose -Message "Created $archive"
}

$cutoff = (Get-Date).AddDays(-$RetentionDays)
$expired = Get-ChildItem -Path $Destination -Filter 'backup-*.zip' |
    Where-Object { $_.LastWriteTime -lt $cutoff }
foreach ($file in $expired) {
    if ($PSCmdlet.ShouldProcess($file.FullName, 'Remove expired archive')) {
        Remove-Item -LiteralPath $file.FullName
    }
}

$report = @"
Backup finished: $archive
Removed archives: $($expired.Count)
"@
Write-Output -InputObject $report
