#Requires -Modules Microsoft.PowerShell.SecretManagement
<#
.SYNOPSIS
    Lists open incidents from the ticketing API using a token kept in a SecretManagement vault.
#>
[CmdletBinding()]
[OutputType([pscustomobject])]
param(
    [string]$VaultName = 'TeamVault',
    [string]$BaseUri = 'https://servicedesk.contoso.com/api/v2',
    [ValidateSet('open', 'pending', 'resolved')]
    [string]$State = 'open'
)

$token = Get-Secret -Vault $VaultName -Name 'ServiceDeskApiToken' -AsPlainText
$headers = @{
    Authorization = "Bearer $token"
    Accept        = 'application/json'
}

$page = 1
do {
    $request = @{
        Uri         = "$BaseUri/incidents?state=$State&page=$page&per_page=100"
        Headers     = $headers
        Method      = 'Get'
        ErrorAction = 'Stop'
    }
    try {
        $response = Invoke-RestMethod @request
    }
    catch {
        throw "Request for page $page failed: $($_.Exception.Message)"
    }
    foreach ($incident in $response.items) {
        [pscustomobject]@{
            Id       = $incident.id
            Title    = $incident.title
            Priority = $incident.priority
            Opened   = [datetime]$incident.created_at
        }
    }
    $page++
} while ($response.next_page)
