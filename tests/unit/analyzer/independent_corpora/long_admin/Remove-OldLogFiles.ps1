<#
.SYNOPSIS
    Compresses IIS and application logs older than a week and deletes archives older than
    the retention period.
.DESCRIPTION
    Runs daily on every web server. Supports -WhatIf so the team can check what a change to the
    retention would remove before it is rolled out.
.PARAMETER LogRoot
    Folders that contain the logs; searched recursively.
.PARAMETER CompressAfterDays
    Logs older than this are zipped, one archive per folder and month.
.PARAMETER RetentionDays
    Archives older than this are deleted.
.EXAMPLE
    .\Remove-OldLogFiles.ps1 -RetentionDays 60 -WhatIf
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [string[]]$LogRoot = @('C:\inetpub\logs\LogFiles', 'D:\Apps\Logs'),

    [ValidateRange(1, 90)]
    [int]$CompressAfterDays = 7,

    [ValidateRange(7, 3650)]
    [int]$RetentionDays = 180
)

$compressBefore = (Get-Date).Date.AddDays(-$CompressAfterDays)
$deleteBefore = (Get-Date).Date.AddDays(-$RetentionDays)
$stats = [ordered]@{ Compressed = 0; Deleted = 0; FreedMB = 0 }

foreach ($root in $LogRoot) {
    if (-not (Test-Path -Path $root)) {
        Write-Verbose "Skipping $root (not found)"
        continue
    }

    $groups = Get-ChildItem -Path $root -Filter '*.log' -File -Recurse |
        Where-Object LastWriteTime -lt $compressBefore |
        Group-Object -Property { '{0}|{1:yyyy-MM}' -f $_.DirectoryName, $_.LastWriteTime }

    foreach ($group in $groups) {
        $folder, $month = $group.Name -split '\|'
        $archive = Join-Path -Path $folder -ChildPath "logs-$month.zip"
        $target = '{0} log file(s) into {1}' -f $group.Count, $archive
        if ($PSCmdlet.ShouldProcess($target, 'Compress')) {
            $size = ($group.Group | Measure-Object -Property Length -Sum).Sum
            Compress-Archive -Path $group.Group.FullName -DestinationPath $archive -Update
            $group.Group | Remove-Item -Force
            $stats.Compressed += $group.Count
            $stats.FreedMB += [math]::Round($size / 1MB, 1)
        }
    }

    $oldArchives = Get-ChildItem -Path $root -Filter 'logs-*.zip' -File -Recurse |
        Where-Object LastWriteTime -lt $deleteBefore
    foreach ($zip in $oldArchives) {
        if ($PSCmdlet.ShouldProcess($zip.FullName, 'Delete archive')) {
            $stats.FreedMB += [math]::Round($zip.Length / 1MB, 1)
            Remove-Item -LiteralPath $zip.FullName -Force
            $stats.Deleted++
        }
    }
}

[pscustomobject]$stats
