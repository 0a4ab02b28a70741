<#
.SYNOPSIS
    Compresses IIS log files older than a given age into monthly archives.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [string]$LogRoot = 'C:\inetpub\logs\LogFiles',
    [string]$ArchiveRoot = 'D:\LogArchive\IIS',
    [int]$MinimumAgeDays = 14
)

$cutoff = (Get-Date).Date.AddDays(-$MinimumAgeDays)
$logs = Get-ChildItem -Path $LogRoot -Filter '*.log' -File -Recurse |
    Where-Object { $_.LastWriteTime -lt $cutoff }

$byMonth = $logs | Group-Object -Property { '{0}\{1:yyyy-MM}' -f $_.Directory.Name, $_.LastWriteTime }

foreach ($month in $byMonth) {
    $archive = Join-Path -Path $ArchiveRoot -ChildPath ($month.Name + '.zip')
    $archiveDir = Split-Path -Path $archive -Parent
    if (-not (Test-Path -Path $archiveDir)) {
        $null = New-Item -Path $archiveDir -ItemType Directory
    }

    if ($PSCmdlet.ShouldProcess($archive, "Archive $($month.Count) log file(s)")) {
        Compress-Archive -Path $month.Group.FullName -DestinationPath $archive -Update
        $month.Group | Remove-Item -Force
    }
}
