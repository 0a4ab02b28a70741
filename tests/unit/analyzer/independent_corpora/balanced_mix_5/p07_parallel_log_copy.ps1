$logRoot = '\\fs01\weblogs'
$since = (Get-Date).AddDays(-1)
$servers = Get-Content -Path ./webservers.txt
$servers | ForEach-Object -Parallel {
    $src = Join-Path -Path $using:logRoot -ChildPath $_
    Get-ChildItem -Path $src -Filter *.log |
        Where-Object LastWriteTime -gt $since |
        Copy-Item -Destination "D:\archive\$_" -Force
} -ThrottleLimit 8
