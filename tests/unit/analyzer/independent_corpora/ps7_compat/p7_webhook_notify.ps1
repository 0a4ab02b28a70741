#Requires -Version 7.0
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [uri]$WebhookUri,
    [Parameter(Mandatory)]
    [securestring]$Token,
    [string]$Message = 'Deployment finished'
)

$payload = @{
    text      = $Message
    host      = [System.Net.Dns]::GetHostName()
    timestamp = Get-Date -AsUTC -Format o
} | ConvertTo-Json -Compress

$params = @{
    Uri                     = $WebhookUri
    Method                  = 'Post'
    Body                    = $payload
    ContentType             = 'application/json'
    Authentication          = 'Bearer'
    Token                   = $Token
    ResponseHeadersVariable = 'headers'
    MaximumRetryCount       = 3
}
Invoke-RestMethod @params | Out-Null
Write-Verbose "Request id: $($headers['X-Request-Id'] ?? 'none')"
