<#
.SYNOPSIS
    Rotates the application's log files: compresses yesterday's logs and removes old archives.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)]
    [string]$LogPath,

    [int]$KeepDays = 30,

    [string]$Pattern = '*.log'
)

$cutoff = (Get-Date).Date
$archiveCutoff = (Get-Date).AddDays(-$KeepDays)
$compressed = 0

Get-ChildItem -Path $LogPath -Filter '*.log' |
    Where-Object { $_.LastWriteTime -lt $cutoff } |
    ForEach-Object {
        $zip = [System.IO.Path]::ChangeExtension($_.FullName, '.zip')
        if ($PSCmdlet.ShouldProcess($_.FullName, 'Compress and remove')) {
            Compress-Archive -Path $_.FullName -DestinationPath $zip -Force
            Remove-Item -Path $_.FullName
        }
    }

Get-ChildItem -Path $LogPath -Filter '*.zip' |
    Where-Object { $_.LastWriteTime -lt $archiveCutoff } |
    Remove-Item -WhatIf:$WhatIfPreference
