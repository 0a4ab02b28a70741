param([int]$Days = 30)

$cutoff = (Get-Date).AddDays(-$Days)
$mailboxes = Get-Mailbox -ResultSize Unlimited
$list = New-Object System.Collections.ArrayList
foreach ($mb in $mailboxes) {
    $stats = Get-MailboxStatistics -Identity $mb.Identity
    if ($stats.LastLogonTime -lt $cutoff) {
        $list.Add($mb.PrimarySmtpAddress) | Out-Null
    }
}
$body = $list -join "`n"
Send-MailMessage -To 'it@contoso.com' -From 'noreply@contoso.com' -Subject 'Inactive mailboxes' -Body $body -SmtpServer 'smtp.contoso.com'
