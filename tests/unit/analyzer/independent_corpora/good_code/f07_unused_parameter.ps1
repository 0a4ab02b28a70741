function Get-LargeMailbox {
    <#
    .SYNOPSIS
        Lists mailboxes above a size threshold (Exchange Online).
    .PARAMETER ThresholdGB
        Size above which a mailbox is reported.
    .PARAMETER IncludeArchive
        Also report archive mailbox sizes.
    #>
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param(
        [ValidateRange(1, 100)]
        [int]$ThresholdGB = 40,

        [switch]$IncludeArchive
    )

    $mailboxes = Get-EXOMailbox -ResultSize Unlimited -RecipientTypeDetails UserMailbox
    foreach ($mailbox in $mailboxes) {
        $stats = Get-EXOMailboxStatistics -Identity $mailbox.UserPrincipalName
        $sizeGB = [math]::Round($stats.TotalItemSize.Value.ToBytes() / 1GB, 1)
        if ($sizeGB -ge $ThresholdGB) {
            [pscustomobject]@{
                Mailbox = $mailbox.UserPrincipalName
                SizeGB  = $sizeGB
                Items   = $stats.ItemCount
            }
        }
    }
}

Get-LargeMailbox -ThresholdGB 45 | Sort-Object -Property SizeGB -Descending
