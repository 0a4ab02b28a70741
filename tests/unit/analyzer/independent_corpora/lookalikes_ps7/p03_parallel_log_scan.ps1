# Counts error lines per log file, in parallel, on Windows or Linux app servers.
$logRoot = $IsWindows ? 'C:\ProgramData\OrdersApp\logs' : '/var/log/ordersapp'
$pattern = 'ERROR|FATAL'
$files = Get-ChildItem -Path $logRoot -Filter '*.log' -File

$summary = $files | ForEach-Object -Parallel {
    [PSCustomObject]@{
        File   = $_.Name
        Errors = @(Select-String -Path $_.FullName -Pattern $pattern).Count
        Root   = $using:logRoot
    }
} -ThrottleLimit 4

$summary | Where-Object Errors -GT 0 | Sort-Object -Property Errors -Descending | Format-Table -AutoSize
