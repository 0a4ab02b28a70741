#Requires -Version 7.1
# Writes a Prometheus textfile-collector metric with the time of the last successful backup.
param(
    [string]$BackupLog = '/var/log/backup/restic.log',
    [string]$MetricFile = '/var/lib/node_exporter/textfile/backup.prom'
)

$lastLine = Select-String -Path $BackupLog -Pattern 'snapshot [0-9a-f]{8} saved' -Raw | Select-Object -Last 1
$timestamp = if ($lastLine) {
    $when = [datetime]::ParseExact($lastLine.Substring(0, 19), 'yyyy-MM-dd HH:mm:ss', $null)
    Get-Date -Date $when -UnixTimeSeconds
}
else {
    0
}

@(
    '# HELP backup_last_success_timestamp_seconds Last successful restic snapshot.'
    '# TYPE backup_last_success_timestamp_seconds gauge'
    "backup_last_success_timestamp_seconds $timestamp"
) | Out-File -FilePath $MetricFile -Encoding utf8NoBOM
