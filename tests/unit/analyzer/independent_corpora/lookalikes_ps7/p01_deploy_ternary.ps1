#Requires -Version 7.2
<#
    Scales the orders service for the chosen environment from the shared deploy.json.
#>
[CmdletBinding()]
param(
    [ValidateSet('dev', 'test', 'prod')]
    [string]$Environment = 'dev',
    [string]$ConfigPath = './deploy.json'
)

$config = Get-Content -Path $ConfigPath -Raw | ConvertFrom-Json -AsHashtable
$target = $config[$Environment] ?? $config['dev']
$replicas = $Environment -eq 'prod' ? 3 : 1
$target.Image ??= 'registry.example.com/orders:latest'

Write-Verbose -Message "Deploying $($target.Image) with $replicas replica(s) to $($target.Context)"
kubectl config use-context $target.Context && kubectl scale deployment/orders --replicas=$replicas
if (-not $?) {
    throw "Scaling orders in $Environment failed"
}
