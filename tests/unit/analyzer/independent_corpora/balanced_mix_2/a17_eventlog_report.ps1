# Daily summary of critical and error events on the file servers, mailed to the ops team
$servers = Get-Content -Path 'C:\Ops\fileservers.txt'
$since = (Get-Date).AddDays(-1)
$body = @()

foreach ($s in $servers) {
    $events = Get-EventLog -LogName System -ComputerName $s -EntryType Error -After $since -ErrorAction SilentlyContinue
    $grouped = $events | Group-Object Source | Sort-Object Count -Descending | Select-Object -First 5
    if (@($events).Count > 0) {
        $body += "== $s : $(@($events).Count) errors =="
    }
    foreach ($g in $grouped) {
        $body += '   {0,-30} {1}' -f $g.Name, $g.Count
    }
}

$smtp = @{
    SmtpServer = 'smtp.corp.contoso.com'
    From       = 'ops-reports@contoso.com'
    To         = 'ops@contoso.com'
    Subject    = "File server errors $(Get-Date -Format d)"
    Body       = $body -join "`n"
}
Send-MailMessage @smtp
