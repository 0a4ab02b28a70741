# Make the kiosk app start for every user at logon
$app = "C:\Program Files\KioskApp\kiosk.exe"
if (!(Test-Path $app)) {
    Write-Error "Kiosk app not installed"
    exit 1
}
Set-ItemProperty -Path "HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Run" -Name "KioskApp" -Value "`"$app`" /fullscreen"
Set-ItemProperty -Path "HKCU:\Control Panel\Desktop" -Name ScreenSaveActive -Value 0
