<#
.SYNOPSIS
    Exports mailbox sizes from Exchange Online to a dated CSV on the reports share.
.NOTES
    Runs as a scheduled task under a gMSA; the app registration uses certificate authentication.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$Organization,

    [Parameter(Mandatory)]
    [string]$AppId,

    [Parameter(Mandatory)]
    [string]$CertificateThumbprint,

    [string]$ReportShare = '\\files01\reports\exchange'
)

$connectParams = @{
    Organization          = $Organization
    AppId                 = $AppId
    CertificateThumbprint = $CertificateThumbprint
    ShowBanner            = $false
}
Connect-ExchangeOnline @connectParams

try {
    $report = Get-EXOMailbox -ResultSize Unlimited |
        Get-EXOMailboxStatistics |
        Select-Object -Property DisplayName, ItemCount, TotalItemSize, LastLogonTime

    $file = Join-Path -Path $ReportShare -ChildPath ('mailbox-size-{0:yyyy-MM-dd}.csv' -f (Get-Date))
    $report | Export-Csv -Path $file -NoTypeInformation -Encoding UTF8
    Write-Verbose -Message "Wrote $($report.Count) rows to $file"
}
catch {
    Write-Error -Message "Mailbox size report failed: $_"
    throw
}
finally {
    Disconnect-ExchangeOnline -Confirm:$false
}
