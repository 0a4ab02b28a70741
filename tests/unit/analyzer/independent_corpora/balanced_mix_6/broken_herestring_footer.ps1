function Send-Report {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$To
    )
    $body = @"
Daily backup report for $(Get-Date -Format d)
All jobs completed.
    "@
    Send-MailMessage -To $To -From 'backup@corp.local' -Subject 'Backup report' -Body $body -SmtpServer 'smtp.corp.local'
}

Send-Report -To 'ops@corp.local'
