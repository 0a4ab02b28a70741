#Requires -Version 7.0
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$Namespace,
    [string[]]$Deployment = @('api', 'worker', 'frontend')
)

$context = kubectl config current-context
Write-Verbose "Using context $context"

$results = $Deployment | ForEach-Object -Parallel {
    kubectl rollout restart "deployment/$_" -n $using:Namespace | Out-Null
    kubectl rollout status "deployment/$_" -n $Namespace --timeout=300s | Out-Null
    [pscustomobject]@{ Deployment = $_; Finished = Get-Date }
} -ThrottleLimit 3

$results | Sort-Object -Property Finished | Format-Table -AutoSize
