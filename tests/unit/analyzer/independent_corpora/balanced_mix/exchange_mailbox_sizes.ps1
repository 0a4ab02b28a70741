# Mailbox size report for the helpdesk, runs nightly from the jump box
$ExchangeServer = 'exch01.corp.contoso.com'
$user = 'CORP\svc_report'
$pass = ConvertTo-SecureString 'Summer2024!' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

$session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri "http://$ExchangeServer/PowerShell/" -Authentication Kerberos -Credential $cred
Import-PSSession $session -DisableNameChecking | Out-Null

$report = Get-Mailbox -ResultSize Unlimited | % {
    $stats = Get-MailboxStatistics -Identity $_.Identity
    [PSCustomObject]@{
        Name      = $_.DisplayName
        SizeMB    = [math]::Round($stats.TotalItemSize.Value.ToBytes() / 1MB, 1)
        Items     = $stats.ItemCount
        LastLogon = $stats.LastLogonTime
    }
}

$report | sort SizeMB -Descending | Export-Csv -Path C:\Reports\mailbox-sizes.csv -NoTypeInformation
Remove-PSSession $session
