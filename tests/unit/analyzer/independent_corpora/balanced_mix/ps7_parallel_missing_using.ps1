$logRoot = '\\fs01\Logs\web'
$pattern = 'HTTP/1.1" 5\d\d'
$servers = Get-Content -Path ./servers.txt
Write-Verbose -Message "Searching $($servers.Count) servers for '$pattern'"

$hits = $servers | ForEach-Object -Parallel {
    Get-ChildItem -Path (Join-Path -Path $logRoot -ChildPath $_) -Filter '*.log' |
        Select-String -Pattern $using:pattern |
        Select-Object -Property @{ n = 'Server'; e = { $_.Filename } }, LineNumber, Line
} -ThrottleLimit 10

$hits | Group-Object -Property Server | Sort-Object -Property Count -Descending | Select-Object -First 10
