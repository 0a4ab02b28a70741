# Daily digest of application errors, mailed to the ops mailbox.
param(
    [int]$Hours = 24,
    [string]$SmtpServer = 'smtp.corp.example.com',
    [string]$To = 'ops@corp.example.com'
)

$since = (Get-Date).AddHours(-$Hours)
$events = Get-EventLog -LogName Application -EntryType Error -After $since |
    Group-Object -Property Source |
    Sort-Object -Property Count -Descending

$body = $events |
    Select-Object -Property Count, Name |
    ConvertTo-Html -Fragment |
    Out-String

if ($events) {
    Send-MailMessage -SmtpServer $SmtpServer -To $To -From 'noreply@corp.example.com' `
        -Subject "Application errors, last $Hours h" -Body $body -BodyAsHtml
}
