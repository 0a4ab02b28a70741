<#
    IR remediation: remove the WMI event subscription found during the investigation.
    Bindings first, then consumers and filters, each only when the name matches the IOC list.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [string[]]$IocName = @('SCM Event Filter', 'SCM Event Consumer')
)

$ns = 'root\subscription'

$bindings = Get-CimInstance -Namespace $ns -ClassName __FilterToConsumerBinding |
    Where-Object { $IocName -contains $_.Filter.Name -or $IocName -contains $_.Consumer.Name }
foreach ($binding in $bindings) {
    if ($PSCmdlet.ShouldProcess($binding.Filter.Name, 'Remove WMI binding')) {
        $binding | Remove-CimInstance
    }
}

foreach ($class in 'CommandLineEventConsumer', 'ActiveScriptEventConsumer', '__EventFilter') {
    Get-CimInstance -Namespace $ns -ClassName $class |
        Where-Object { $IocName -contains $_.Name } |
        Remove-CimInstance
}

Get-CimInstance -Namespace $ns -ClassName __EventFilter | Select-Object -Property Name, Query
