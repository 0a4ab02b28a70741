$logs = Get-ChildItem -Path C:\inetpub\logs\LogFiles -Recurse -Filter *.log
$total = 0
foreach ($log in $logs) {
    if ($log.Length -gt 50MB) {
        Write-Warning -Message "$($log.Name) is larger than 50 MB"
    $total += $log.Length
}
Write-Output ('{0:N1} GB of IIS logs' -f ($total / 1GB))
