#Requires -Version 7.0
$logRoot = '/var/log/nginx'
$pattern = ' 5\d\d '
$files = Get-ChildItem -Path $logRoot -Filter 'access*.log'

$counts = $files | ForEach-Object -Parallel {
    $hits = Select-String -Path $_.FullName -Pattern $pattern
    [pscustomobject]@{ File = $_.Name; Errors = $hits.Count }
} -ThrottleLimit 4

$counts | Sort-Object Errors -Descending | Format-Table
if ($IsWindows) { Write-Warning 'expected to run on the Linux log host' }
