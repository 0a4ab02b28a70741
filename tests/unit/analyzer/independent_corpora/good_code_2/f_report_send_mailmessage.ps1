<#
.SYNOPSIS
    Nightly disk-space report mailed through the internal relay (Windows PowerShell 5.1 job).
#>
param(
    [string]$SmtpServer = 'smtp-relay.corp.contoso.com',
    [string]$To = 'infra-team@contoso.com'
)

$rows = Get-CimInstance -ClassName Win32_LogicalDisk -Filter 'DriveType = 3' |
    Select-Object -Property DeviceID,
        @{ Name = 'SizeGB'; Expression = { [math]::Round($_.Size / 1GB, 1) } },
        @{ Name = 'FreeGB'; Expression = { [math]::Round($_.FreeSpace / 1GB, 1) } }

$body = $rows | ConvertTo-Html -Title "Disk space on $env:COMPUTERNAME" | Out-String

$mail = @{
    SmtpServer = $SmtpServer
    Port       = 25
    From       = "reports@$env:USERDNSDOMAIN"
    To         = $To
    Subject    = "Disk space report - $env:COMPUTERNAME"
    Body       = $body
    BodyAsHtml = $true
}
Send-MailMessage @mail
