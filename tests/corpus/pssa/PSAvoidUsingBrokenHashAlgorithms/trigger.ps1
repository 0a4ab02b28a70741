Get-FileHash -Path C:\setup.exe -Algorithm MD5
