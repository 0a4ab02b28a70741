# Deletes IIS logs older than the retention period
$retentionDays = 30
$logDirs = Get-ChildItem -Path 'C:\inetpub\logs\LogFiles' -Directory
$limit = (Get-Date).AddDays(-$retentionDays)

foreach ($dir in $logDirs) {
    $old = Get-ChildItem -Path $dir.FullName -Filter '*.log' |
        Where-Object LastWriteTime -lt $limit
    if ($old) {
        $old | Remove-Item -Force
        Write-Output "Removed $(@($old).Count) files from $($dir.Name)"
    }

Write-Output 'Log cleanup finished'
