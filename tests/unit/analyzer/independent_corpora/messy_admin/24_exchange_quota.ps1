# set quotas for everyone in the Sales OU (Exchange mgmt shell)
$sales = Get-Mailbox -OrganizationalUnit "contoso.com/Sales" -ResultSize Unlimited
$warn = "4.5GB"; $send = "4.8GB"; $sendrecv = "5GB"

foreach ($mbx in $sales)
{
  Set-Mailbox $mbx.Identity -IssueWarningQuota $warn -ProhibitSendQuota $send -ProhibitSendReceiveQuota $sendrecv -UseDatabaseQuotaDefaults $false
  Write-Host "." -NoNewline
}
Write-Host ""
Write-Host "Done: $($sales.Count) mailboxes"

$stats = $sales | Get-MailboxStatistics | Sort-Object TotalItemSize -Descending | Select-Object -First 20 DisplayName, TotalItemSize
$stats | ft -AutoSize
