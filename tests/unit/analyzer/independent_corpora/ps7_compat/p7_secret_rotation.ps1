#Requires -Version 7.0
# Rotates the API key of the reporting service and stores it in the vault.
param(
    [string]$VaultName = 'ops-vault',
    [string]$ServiceUrl = 'https://reports.internal.example.com'
)

$adminToken = Get-Secret -Vault $VaultName -Name 'reports-admin-token'

$response = Invoke-RestMethod -Method Post -Uri "$ServiceUrl/api/keys/rotate" `
    -Authentication Bearer -Token $adminToken `
    -SkipCertificateCheck

$newKey = $response.key ?? $(throw 'The service returned no key')
Set-Secret -Vault $VaultName -Name 'reports-api-key' -Secret $newKey
Write-Output "Rotated key $($response.keyId) at $(Get-Date -Format o)"
