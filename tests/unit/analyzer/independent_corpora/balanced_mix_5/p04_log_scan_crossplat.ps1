# where does the app log on this box?
if ($IsLinux) {
    $logDir = '/var/log/myapp'
} elseif ($IsMacOS) {
    $logDir = "$HOME/Library/Logs/myapp"
} else {
    $logDir = Join-Path -Path $env:ProgramData -ChildPath 'myapp\logs'
}
$latest = Get-ChildItem -Path $logDir -Filter *.log | Sort-Object -Property LastWriteTime | Select-Object -Last 1
$hits = Select-String -Path $latest.FullName -Pattern 'ERROR|FATAL'
$color = $hits ? $PSStyle.Foreground.Red : $PSStyle.Foreground.Green
"$color$(@($hits).Count) errors in $($latest.Name)$($PSStyle.Reset)"
