<#
.SYNOPSIS
    Weekly mailbox size report for the messaging team (Exchange Online).
.DESCRIPTION
    Collects the size and item count of every user mailbox, flags the ones close to the quota
    and mails the CSV to the distribution list through Graph.
#>
[CmdletBinding()]
param(
    [string]$ReportPath = "$env:TEMP\mailbox-sizes-$(Get-Date -Format yyyyMMdd).csv",
    [double]$QuotaWarningGB = 45
)

function ConvertTo-Gigabyte {
    param([string]$SizeText)
    # "12.34 GB (13,249,974,784 bytes)" -> 12.34
    if ($SizeText -match '\(([\d,]+) bytes\)') {
        return [math]::Round(([double]($Matches[1] -replace ',', '')) / 1GB, 2)
    }
    return 0
}

function Get-MailboxSizeRow {
    param(
        $Mailbox,
        [double]$WarningGB
    )

    $stats = Get-EXOMailboxStatistics -Identity $Mailbox.UserPrincipalName -Properties TotalItemSize, ItemCount
    $sizeGB = ConvertTo-Gigabyte -SizeText $stats.TotalItemSize.ToString()
    foreach ($quota in @($Mailbox.ProhibitSendQuota)) {
        if ($quota -match 'Unlimited') {
            $quotaGB = 0
        }
        else {
            $quotaGB = ConvertTo-Gigabyte -SizeText $quota
        }
    }
    [pscustomobject]@{
        DisplayName = $Mailbox.DisplayName
        UPN         = $Mailbox.UserPrincipalName
        SizeGB      = $sizeGB
        Items       = $stats.ItemCount
        QuotaGB     = $quotaGB
        NearQuota   = $sizeGB -ge $WarningGB
    }
}

Connect-ExchangeOnline -ShowBanner:$false
$mailboxes = Get-EXOMailbox -RecipientTypeDetails UserMailbox -ResultSize Unlimited -Properties ProhibitSendQuota
$rows = foreach ($mailbox in $mailboxes) {
    $row = Get-MailboxSizeRow -Mailbox $mailbox -WarningGB $QuotaWarningGB
    if ($row.NearQuota) {
        Write-Warning "$($row.UPN) is at $($row.SizeGB) GB of $($row.QuotaGB) GB"
    $row
}
Disconnect-ExchangeOnline -Confirm:$false
$rows | Sort-Object SizeGB -Descending | Export-Csv -Path $ReportPath -NoTypeInformation

$near = @($rows | Where-Object NearQuota)
Write-Output "$($rows.Count) mailboxes, $($near.Count) near quota; report at $ReportPath"
