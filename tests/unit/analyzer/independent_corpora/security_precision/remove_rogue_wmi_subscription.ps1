<#
.SYNOPSIS
    Incident response: lists permanent WMI event subscriptions and removes the ones named in the IOC list.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [string[]]$IocNames = @('SCM Event Log Filter Updater', 'WindowsUpdateCheck')
)

$ns = 'root/subscription'
$filters = Get-CimInstance -Namespace $ns -ClassName __EventFilter
$consumers = Get-CimInstance -Namespace $ns -ClassName CommandLineEventConsumer
$bindings = Get-CimInstance -Namespace $ns -Query 'SELECT * FROM __FilterToConsumerBinding'

$filters | Select-Object -Property Name, Query | Format-Table -AutoSize
$consumers | Select-Object -Property Name, CommandLineTemplate | Format-Table -AutoSize

foreach ($name in $IocNames) {
    $bindings | Where-Object { $_.Filter.Name -eq $name -or $_.Consumer.Name -eq $name } | ForEach-Object {
        if ($PSCmdlet.ShouldProcess($name, 'Remove WMI binding')) { $_ | Remove-CimInstance }
    }
    $filters | Where-Object Name -EQ $name | Remove-CimInstance
    $consumers | Where-Object Name -EQ $name | Remove-CimInstance
}
