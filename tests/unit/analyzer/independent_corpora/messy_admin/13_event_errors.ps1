# pull the last 24h of errors from System + Application log and mail them
$since = (Get-Date).AddHours(-24)
$events = Get-EventLog -LogName System -EntryType Error -After $since
$events += Get-EventLog -LogName Application -EntryType Error -After $since

if ($events.Count -gt 0)
{
    $body = $events | select TimeGenerated, Source, EventID, Message | ConvertTo-Html | Out-String
    Send-MailMessage -To "ops@contoso.com" -From "noreply@contoso.com" -Subject "Errors on $env:COMPUTERNAME" -Body $body -BodyAsHtml -SmtpServer mail01
}
