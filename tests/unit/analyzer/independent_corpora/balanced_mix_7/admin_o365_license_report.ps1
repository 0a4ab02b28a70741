# Reports unassigned and assigned Microsoft 365 licences per SKU
param(
    [string]$OutputPath = "$env:TEMP\licences.csv",
    [string]$TenantDomain
)

Connect-MgGraph -Scopes 'Organization.Read.All', 'User.Read.All' -NoWelcome

$skus = Get-MgSubscribedSku -All
$report = foreach ($sku in $skus) {
    [pscustomobject]@{
        Sku       = $sku.SkuPartNumber
        Purchased = $sku.PrepaidUnits.Enabled
        Consumed  = $sku.ConsumedUnits
        Free      = $sku.PrepaidUnits.Enabled - $sku.ConsumedUnits
    }
}

$report | Sort-Object Free | Export-Csv -Path $OutputPath -NoTypeInformation
Write-Host "Licence report written to $OutputPath" -ForegroundColor Green
$report | ? { $_.Free -lt 5 } | ft -AutoSize
