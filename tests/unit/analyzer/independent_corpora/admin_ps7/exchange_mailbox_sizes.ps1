# Pulls mailbox statistics from the on-prem Exchange server and mails a summary.
param(
    [string]$UserName = 'CONTOSO\svc-exreport',
    [string]$Password,
    [string]$SmtpServer = 'smtp.contoso.com',
    [int]$WarnGB = 45
)

$secure = ConvertTo-SecureString $Password -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($UserName, $secure)

$session = New-PSSession -ConfigurationName Microsoft.Exchange `
    -ConnectionUri 'http://exch01.contoso.com/PowerShell/' `
    -Authentication Kerberos -Credential $cred
Import-PSSession $session -DisableNameChecking | Out-Null

$stats = Get-Mailbox -ResultSize Unlimited |
    Get-MailboxStatistics |
    Select-Object DisplayName, ItemCount,
        @{ Name = 'SizeGB'; Expression = { [math]::Round($_.TotalItemSize.Value.ToBytes() / 1GB, 2) } }

$big = $stats | Where-Object { $_.SizeGB -gt $WarnGB } | Sort-Object SizeGB -Descending
$body = $big | ConvertTo-Html -Fragment | Out-String

Send-MailMessage -To 'messaging-team@contoso.com' -From 'exreport@contoso.com' `
    -Subject "Mailboxes over $WarnGB GB" -Body $body -BodyAsHtml -SmtpServer $SmtpServer

Invoke-Command -ComputerName 'EXCH01' -ScriptBlock {
    Get-Service MSExchangeIS | Select-Object Status, Name
}

Remove-PSSession $session
