Get-FileHash -Path C:\setup.exe -Algorithm SHA256
