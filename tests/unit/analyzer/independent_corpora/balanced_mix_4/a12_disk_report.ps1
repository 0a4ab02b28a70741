# Disk space report for the SQL servers, runs every morning at 07:00
$servers = @('SQL01', 'SQL02', 'SQL03')
$warnPct = 15
$html = @()
$clusterNode = (Get-CimInstance -ClassName Win32_ComputerSystem -ComputerName 'SQLCLU01').Name

foreach ($s in $servers) {
    $disks = Get-CimInstance -ClassName Win32_LogicalDisk -ComputerName $s -Filter 'DriveType=3'
    foreach ($d in $disks) {
        $free = [math]::Round(($d.FreeSpace / $d.Size) * 100, 1)
        if ($free -lt $warnPct) {
            $html += "<tr><td>$s</td><td>$($d.DeviceID)</td><td>$free %</td></tr>"
        }
    }
}

if ($html) {
    $body = "<p>Active cluster node: $clusterNode</p><table>$($html -join '')</table>"
    Send-MailMessage -To 'dba@contoso.com' -From 'reports@contoso.com' -Subject 'Low disk space' -Body $body -BodyAsHtml -SmtpServer 'mail.contoso.com'
    Write-Host "Mail sent ($($html.Count) volumes below $warnPct%)" -ForegroundColor Yellow
}
