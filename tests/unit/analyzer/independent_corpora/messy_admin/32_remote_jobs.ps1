# restart the app pool on all web nodes and tail the log
$pool = "OrdersAPI"
$nodes = "WEB01","WEB02","WEB03","WEB04"
$logFile = "D:\Logs\orders\api.log"

Invoke-Command -ComputerName $nodes -ScriptBlock {
    Import-Module WebAdministration
    Restart-WebAppPool -Name $pool
    Get-Content $logFile -Tail 5
}

$job = Start-Job -ScriptBlock {
    Start-Sleep -Seconds 30
    Invoke-WebRequest "https://orders.contoso.com/health" -UseBasicParsing | Select-Object StatusCode
}
$job | Wait-Job | Receive-Job

Invoke-Command -ComputerName $nodes -ScriptBlock { Get-WebAppPoolState -Name $using:pool }
