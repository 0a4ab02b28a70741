#Requires -Modules Microsoft.PowerShell.SecretManagement
<#
.SYNOPSIS
    Creates a ticket in the service desk through its REST API (basic auth from the secret vault).
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$Summary,

    [string]$Queue = 'IT-OPS',
    [string]$VaultName = 'OpsVault'
)

$apiUser = Get-Secret -Vault $VaultName -Name 'ServiceDeskApiUser' -AsPlainText
$apiToken = Get-Secret -Vault $VaultName -Name 'ServiceDeskApiToken' -AsPlainText

$pair = '{0}:{1}' -f $apiUser, $apiToken
$encoded = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($pair))
$headers = @{
    Authorization = "Basic $encoded"
    Accept        = 'application/json'
}

$body = @{
    fields = @{
        project   = @{ key = $Queue }
        summary   = $Summary
        issuetype = @{ name = 'Task' }
    }
} | ConvertTo-Json -Depth 5

$response = Invoke-RestMethod -Uri 'https://servicedesk.contoso.com/rest/api/2/issue' -Method Post `
    -Headers $headers -Body $body -ContentType 'application/json'
Write-Output "Created $($response.key)"
