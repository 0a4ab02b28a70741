#Requires -Version 7.0
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$TenantId,
    [Parameter(Mandatory)]
    [string]$ClientId,
    [Parameter(Mandatory)]
    [string]$ClientSecret
)

$tokenBody = @{
    client_id     = $ClientId
    client_secret = $ClientSecret
    scope         = 'https://graph.microsoft.com/.default'
    grant_type    = 'client_credentials'
}
$token = Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$TenantId/oauth2/v2.0/token" -Body $tokenBody
$secureToken = ConvertTo-SecureString -String $token.access_token -AsPlainText -Force

$uri = 'https://graph.microsoft.com/v1.0/users?$select=displayName,userPrincipalName,accountEnabled'
$users = while ($uri) {
    $page = Invoke-RestMethod -Uri $uri -Authentication Bearer -Token $secureToken
    $page.value
    $uri = $page.'@odata.nextLink'
}

$users | Where-Object { -not $_.accountEnabled } | Select-Object -Property displayName, userPrincipalName
