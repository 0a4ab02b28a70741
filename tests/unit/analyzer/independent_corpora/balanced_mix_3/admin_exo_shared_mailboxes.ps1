<#
.SYNOPSIS
    Reports shared mailboxes close to their quota and turns on mailbox auditing.
#>
param(
    [string]$AdminUpn = 'svc-exo@contoso.onmicrosoft.com',
    [int]$WarnPercent = 90,
    [string]$ReportPath = 'C:\Reports\exo-shared.csv'
)

Connect-ExchangeOnline -UserPrincipalName $AdminUpn -ShowBanner:$false
$started = Get-Date

$results = @()
$mailboxes = Get-EXOMailbox -RecipientTypeDetails SharedMailbox -ResultSize Unlimited
foreach ($mb in $mailboxes) {
    $stats = Get-EXOMailboxStatistics -Identity $mb.UserPrincipalName
    $sizeBytes = [int64]($stats.TotalItemSize.Value.ToString() -replace '.*\(([\d,]+) bytes\).*', '$1' -replace ',', '')
    $pct = [math]::Round($sizeBytes / 50GB * 100, 1)
    if ($pct -ge $WarnPercent) {
        Write-Host "$($mb.DisplayName) is at $pct%" -ForegroundColor Yellow
        $results += [pscustomobject]@{ Mailbox = $mb.UserPrincipalName; Percent = $pct }
    }
    if (-not $mb.AuditEnabled) {
        Set-Mailbox -Identity $mb.UserPrincipalName -AuditEnabled $true
    }
}

$results | sort Percent -Descending | Export-Csv -Path $ReportPath -NoTypeInformation
Disconnect-ExchangeOnline -Confirm:$false
