# quick SMTP relay test after the connector change
$to = 'ops-alerts@corp.local'
$servers = @('exch01', 'exch02')
foreach ($s in $servers) {
    try {
        Send-MailMessage -SmtpServer $s -From 'relaytest@corp.local' -To $to -Subject "Relay test via $s" -Body (Get-Date).ToString()
        Write-Output "$s accepted the message"
    }
    catch {
        Write-Output "$s refused: $($_.Exception.Message)"
    }
}
Get-EventLog -LogName Application -Source MSExchangeTransport -Newest 20 -ComputerName exch01 |
    Format-Table TimeGenerated, EntryType, Message -Wrap
