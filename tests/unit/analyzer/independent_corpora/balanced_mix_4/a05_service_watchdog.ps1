# Service watchdog - emails the on-call mailbox when a service on APP01 is down
$services = 'W3SVC', 'MSSQLSERVER', 'SQLSERVERAGENT', 'Spooler'
$smtp = 'smtp.contoso.local'
$user = 'svc_watchdog'
$password = 'Wd!2023pass'
$cred = New-Object System.Management.Automation.PSCredential($user, (ConvertTo-SecureString $password -AsPlainText -Force))

foreach ($name in $services) {
    $svc = Get-CimInstance -ClassName Win32_Service -ComputerName 'APP01' -Filter "Name='$name'"
    if ($svc -eq $null) {
        continue
    }
    if ($svc.State -ne 'Running') {
        Invoke-CimMethod -InputObject $svc -MethodName StartService | Out-Null
        Start-Sleep -Seconds 10
        $body = "Service $name on APP01 was $($svc.State); a restart was attempted."
        Send-MailMessage -SmtpServer $smtp -From 'watchdog@contoso.com' -To 'oncall@contoso.com' -Subject "ALERT: $name" -Body $body -Credential $cred -UseSsl
    }
}
