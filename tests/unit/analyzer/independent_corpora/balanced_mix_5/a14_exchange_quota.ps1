param(
    [string]$ExchangeServer = 'exch01.corp.local',
    [string]$AdminUser = 'CORP\svc_exchadmin',
    [string]$AdminPassword
)

$secure = ConvertTo-SecureString $AdminPassword -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($AdminUser, $secure)
$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri "http://$ExchangeServer/PowerShell/" -Credential $cred
Import-PSSession $s -AllowClobber | Out-Null

Get-Mailbox -ResultSize Unlimited | Where-Object { $_.ProhibitSendQuota -eq 'Unlimited' } | ForEach-Object {
    Set-Mailbox -Identity $_.Identity ` 
        -IssueWarningQuota 9GB -ProhibitSendQuota 10GB `
        -ProhibitSendReceiveQuota 11GB
    Write-Output "$($_.PrimarySmtpAddress) quota set"
}
Remove-PSSession $s
