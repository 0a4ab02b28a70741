<#
.SYNOPSIS
    IR remediation: removes a malicious permanent WMI event subscription found during triage.
.DESCRIPTION
    Deletes the binding first, then the consumer and the filter, so nothing can fire in between.
#>
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
param(
    [Parameter(Mandatory = $true)]
    [string]$FilterName,

    [Parameter(Mandatory = $true)]
    [string]$ConsumerName
)

Write-Verbose -Message "Looking for filter '$FilterName' and consumer '$ConsumerName'"
$namespace = 'root/subscription'
$bindings = Get-CimInstance -Namespace $namespace -ClassName __FilterToConsumerBinding |
    Where-Object -FilterScript { $_.Filter.Name -eq $FilterName -or $_.Consumer.Name -eq $ConsumerName }
$consumers = Get-CimInstance -Namespace $namespace -ClassName __EventConsumer |
    Where-Object -FilterScript { $_.Name -eq $ConsumerName }
$filters = Get-CimInstance -Namespace $namespace -ClassName __EventFilter |
    Where-Object -FilterScript { $_.Name -eq $FilterName }

foreach ($instance in @($bindings) + @($consumers) + @($filters)) {
    if ($null -eq $instance) {
        continue
    }
    if ($PSCmdlet.ShouldProcess($instance.CimClass.CimClassName, 'Remove WMI subscription object')) {
        Remove-CimInstance -InputObject $instance
    }
}
