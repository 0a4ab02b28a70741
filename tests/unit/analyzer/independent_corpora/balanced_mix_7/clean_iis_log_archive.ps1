[CmdletBinding(SupportsShouldProcess)]
param(
    [ValidateScript({ Test-Path -Path $_ -PathType Container })]
    [string]$LogRoot = 'C:\inetpub\logs\LogFiles',

    [ValidateRange(1, 365)]
    [int]$RetentionDays = 30
)

$cutoff = (Get-Date).AddDays(-$RetentionDays)
$siteFolders = Get-ChildItem -Path $LogRoot -Directory

foreach ($folder in $siteFolders) {
    $oldLogs = Get-ChildItem -Path $folder.FullName -Filter '*.log' -File |
        Where-Object -FilterScript { $_.LastWriteTime -lt $cutoff }

    if (-not $oldLogs) {
        continue
    }

    $zip = Join-Path -Path $folder.FullName -ChildPath ('archive_{0:yyyyMMdd}.zip' -f $cutoff)
    if ($PSCmdlet.ShouldProcess($folder.Name, "Archive $(@($oldLogs).Count) log files")) {
        Compress-Archive -Path $oldLogs.FullName -DestinationPath $zip -Update
        $oldLogs | Remove-Item
    }
}
