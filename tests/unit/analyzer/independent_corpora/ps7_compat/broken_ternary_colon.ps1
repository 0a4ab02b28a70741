#Requires -Version 7.0
# Renders the helm values for an environment.
param(
    [ValidateSet('dev', 'test', 'prod')]
    [string]$Environment = 'dev'
)

$isProd = $Environment -eq 'prod'
$replicas = $isProd ? 3
$logLevel = $isProd ? 'Warning' : 'Debug'

@"
replicaCount: $replicas
logLevel: $logLevel
ingress:
  enabled: $($isProd.ToString().ToLower())
"@ | Set-Content -Path "./values.$Environment.yaml"
