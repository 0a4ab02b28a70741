<#
.SYNOPSIS
    Lists permanent WMI event subscriptions so analysts can spot persistence.
.NOTES
    Attackers use __EventFilter + CommandLineEventConsumer + __FilterToConsumerBinding
    for persistence (MITRE ATT&CK T1546.003). This script only reads them.
#>
[CmdletBinding()]
param(
    [string]$Namespace = 'root/subscription'
)

$filters = Get-CimInstance -Namespace $Namespace -ClassName __EventFilter -ErrorAction SilentlyContinue
$consumers = Get-CimInstance -Namespace $Namespace -ClassName CommandLineEventConsumer -ErrorAction SilentlyContinue
$bindings = Get-CimInstance -Namespace $Namespace -ClassName __FilterToConsumerBinding -ErrorAction SilentlyContinue

foreach ($filter in $filters) {
    [pscustomobject]@{
        Type  = 'Filter'
        Name  = $filter.Name
        Query = $filter.Query
    }
}
foreach ($consumer in $consumers) {
    [pscustomobject]@{
        Type  = 'Consumer'
        Name  = $consumer.Name
        Query = $consumer.CommandLineTemplate
    }
}
foreach ($binding in $bindings) {
    [pscustomobject]@{
        Type  = 'Binding'
        Name  = [string]$binding.Filter
        Query = [string]$binding.Consumer
    }
}
if (-not $bindings) {
    Write-Verbose -Message "No filter-to-consumer bindings in $Namespace"
}
