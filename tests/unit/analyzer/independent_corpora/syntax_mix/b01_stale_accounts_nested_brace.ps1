function Get-StaleAccountReport {
    [CmdletBinding()]
    param(
        [int]$InactiveDays = 90
    )

    $cutoff = (Get-Date).AddDays(-$InactiveDays)

    function Format-Row {
        param($Account)
        if ($Account.LastLogonDate) {
            '{0};{1:yyyy-MM-dd}' -f $Account.SamAccountName, $Account.LastLogonDate
        else {
            '{0};never' -f $Account.SamAccountName
        }
    }

    Get-ADUser -Filter 'Enabled -eq $true' -Properties LastLogonDate |
        Where-Object { -not $_.LastLogonDate -or $_.LastLogonDate -lt $cutoff } |
        ForEach-Object { Format-Row -Account $_ }
}

Get-StaleAccountReport -InactiveDays 120 | Set-Content -Path .\stale.csv
