# Email users whose AD password expires within 14 days
Import-Module ActiveDirectory

$SmtpServer = 'smtp.corp.local'
$From = 'it-helpdesk@corp.local'
$DaysWarning = 14
$maxAge = (Get-ADDefaultDomainPasswordPolicy).MaxPasswordAge.Days

function Get-ExpiringUsers {
    param($Days)
    Get-ADUser -Filter { Enabled -eq $true -and PasswordNeverExpires -eq $false } -Properties PasswordLastSet, EmailAddress |
        Where-Object { $_.PasswordLastSet -ne $null } |
        ForEach-Object {
            $left = ($_.PasswordLastSet.AddDays($maxAge) - (Get-Date)).Days
            if ($left -le $Days -and $left -ge 0) { $_ | Add-Member -NotePropertyName DaysLeft -NotePropertyValue $left -PassThru }
        }
}

foreach ($user in Get-ExpiringUsers -Days $DaysWarning) {
    if ($user.EmailAddress -eq $null) { continue }
    $body = "Hello $($user.GivenName),`n`nYour password expires in $($user.DaysLeft) day(s)."
    Send-MailMessage -SmtpServer $SmtpServer -From $From -To $user.EmailAddress -Subject 'Password expiry' -Body $body
}
