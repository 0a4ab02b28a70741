# Builds a small HTML status page from the service list.
$services = Get-Service | Where-Object { $_.StartType -eq 'Automatic' }

$sb = [System.Text.StringBuilder]::new()
[void]$sb.AppendLine('<html><body><table>')
foreach ($svc in $services) {
    $row = '<tr><td>{0}</td><td>{1}</td></tr>'
    [void]$sb.AppendFormat($row, $svc.Name, $svc.Status,)
    [void]$sb.AppendLine()
}
[void]$sb.AppendLine('</table></body></html>')

Set-Content -Path "$env:TEMP\services.html" -Value $sb.ToString()
