# Nightly: mail the helpdesk a list of machines with low disk
# scheduled on MGMT01 as svc_reports, 06:00

$SmtpServer = "smtp.contoso.local"
$To = "helpdesk@contoso.com"
$From = "reports@contoso.com"
$computers = Get-Content C:\Scripts\machines.txt
$lowDisk = @()

foreach ($c in $computers) {
    if (Test-Connection $c -Count 1 -Quiet) {
        $disk = Get-CimInstance Win32_LogicalDisk -ComputerName $c -Filter "DeviceID='C:'"
        if ($disk.FreeSpace / $disk.Size -lt 0.1) {
            $lowDisk += "{0}: {1:N1} GB free" -f $c, ($disk.FreeSpace / 1GB)
        }
    }
}

if ($lowDisk.Count -gt 0) {
    $body = $lowDisk -join "`r`n"
    Send-MailMessage -SmtpServer $SmtpServer -To $To -From $From `  
        -Subject "Low disk report $(Get-Date -Format d)" -Body $body
}
