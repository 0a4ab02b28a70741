<#
.SYNOPSIS
    Compresses IIS logs older than a week and deletes archives older than the retention period.
.PARAMETER LogPath
    Folder holding the W3SVC* log folders.
.PARAMETER RetentionDays
    How long to keep the zip archives.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)]
    [ValidateScript({ Test-Path -Path $_ -PathType Container })]
    [string]$LogPath,

    [ValidateRange(7, 365)]
    [int]$RetentionDays = 90
)

$ErrorActionPreference = 'Stop'
$weekAgo = (Get-Date).AddDays(-7)

$oldLogs = Get-ChildItem -Path $LogPath -Filter '*.log' -Recurse -File |
    Where-Object { $_.LastWriteTime -lt $weekAgo }

foreach ($group in ($oldLogs | Group-Object -Property DirectoryName)) {
    $archive = Join-Path -Path $group.Name -ChildPath ('logs-{0:yyyyMMdd}.zip' -f (Get-Date))
    if ($PSCmdlet.ShouldProcess($archive, "Compress $($group.Count) log files")) {
        Compress-Archive -Path $group.Group.FullName -DestinationPath $archive -Update
        $group.Group | Remove-Item
    }
}

$expiry = (Get-Date).AddDays(-$RetentionDays)
Get-ChildItem -Path $LogPath -Filter 'logs-*.zip' -Recurse -File |
    Where-Object { $_.LastWriteTime -lt $expiry } |
    Remove-Item -WhatIf:$WhatIfPreference

Write-Verbose -Message "Log rotation finished for $LogPath"
