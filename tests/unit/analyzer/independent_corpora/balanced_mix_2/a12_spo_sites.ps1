#Requires -Modules PnP.PowerShell
[CmdletBinding()]
param(
    [string]$AdminUrl = 'https://contoso-admin.sharepoint.com',
    [string]$ClientId,
    [string]$Thumbprint,
    [string]$Tenant = 'contoso.onmicrosoft.com'
)

Connect-PnPOnline -Url $AdminUrl -ClientId $ClientId -Thumbprint $Thumbprint -Tenant $Tenant

$sites = Get-PnPTenantSite -Detailed | Where-Object { $_.Template -notlike 'SPSPERS*' }

$report = foreach ($s in $sites) {
    if ($s.LockState = 'NoAccess') {
        Write-Warning "$($s.Url) is locked"
    }
    $usedGb = [math]::Round($s.StorageUsageCurrent / 1024, 2)
    [pscustomobject]@{
        Url          = $s.Url
        Owner        = $s.Owner
        StorageGB    = $usedGb
        Sharing      = $s.SharingCapability
        LastModified = $s.LastContentModifiedDate
    }
}

$report | Sort-Object StorageGB -Descending |
    Export-Csv -Path (Join-Path $PSScriptRoot 'spo-sites.csv') -NoTypeInformation -Encoding UTF8
Disconnect-PnPOnline
