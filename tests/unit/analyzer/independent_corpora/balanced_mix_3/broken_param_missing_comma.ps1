<#
.SYNOPSIS
    Resets the password-never-expires flag for service accounts listed in a CSV.
#>
param(
    [string]$CsvPath = '.\service-accounts.csv'
    [switch]$ReportOnly
)

$accounts = Import-Csv -Path $CsvPath
foreach ($a in $accounts) {
    $user = Get-ADUser -Identity $a.SamAccountName -Properties PasswordNeverExpires
    if ($user.PasswordNeverExpires -and -not $ReportOnly) {
        Set-ADUser -Identity $user -PasswordNeverExpires $false
    }
    [pscustomobject]@{ Account = $user.SamAccountName; NeverExpires = $user.PasswordNeverExpires }
}
