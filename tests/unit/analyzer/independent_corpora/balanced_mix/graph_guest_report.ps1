# Pulls all guest accounts from Entra ID via Microsoft Graph (app-only auth)
#Requires -Modules Microsoft.PowerShell.SecretManagement
$tenantId = 'contoso.onmicrosoft.com'
$clientId = '6f1b2c9e-3d4a-4b8e-9f0a-1c2d3e4f5a6b'
$clientSecret = Get-Secret -Name 'GraphGuestReporter' -AsPlainText

$body = @{
    grant_type    = 'client_credentials'
    scope         = 'https://graph.microsoft.com/.default'
    client_id     = $clientId
    client_secret = $clientSecret
}
$token = Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$tenantId/oauth2/v2.0/token" -Body $body
$headers = @{ Authorization = "Bearer $($token.access_token)" }

$uri = "https://graph.microsoft.com/v1.0/users?`$filter=userType eq 'Guest'&`$select=displayName,mail,createdDateTime"
$guests = [System.Collections.Generic.List[object]]::new()
do {
    $page = Invoke-RestMethod -Uri $uri -Headers $headers
    $guests.AddRange([object[]]$page.value)
    $uri = $page.'@odata.nextLink'
} while ($uri)

$guests | Export-Csv -Path .\guests.csv -NoTypeInformation
Write-Output "Exported $($guests.Count) guest accounts"
