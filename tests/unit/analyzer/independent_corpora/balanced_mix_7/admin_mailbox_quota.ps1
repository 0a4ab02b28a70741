# Exchange Online: users over 90% of mailbox quota
$cred = Get-Credential
Connect-ExchangeOnline -Credential $cred -ShowBanner:$false

$boxes = Get-EXOMailbox -ResultSize Unlimited -Properties ProhibitSendQuota
$out = foreach ($b in $boxes) {
    $stats = Get-EXOMailboxStatistics -Identity $b.UserPrincipalName
    $used = [double]($stats.TotalItemSize.Value.ToString() -replace '.*\(([\d,]+) bytes\).*', '$1' -replace ',', '')
    $quota = [double]($b.ProhibitSendQuota -replace '.*\(([\d,]+) bytes\).*', '$1' -replace ',', '')
    if ($quota -gt 0 -and ($used / $quota) -gt 0.9) {
        [pscustomobject]@{ User = $b.UserPrincipalName; UsedGB = [math]::Round($used / 1GB, 2) }
    }
}
$out | Export-Csv .\quota.csv -NoTypeInformation
Disconnect-ExchangeOnline -Confirm:$false
