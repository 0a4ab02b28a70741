[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$OutputPath
)

Import-Module Microsoft.Graph.Users -ErrorAction Stop
Connect-MgGraph -Scopes 'User.Read.All', 'Organization.Read.All' -NoWelcome

$skus = Get-MgSubscribedSku -All
$skuNames = @{}
foreach ($sku in $skus) {
    $skuNames[$sku.SkuId] = $sku.SkuPartNumber
}

$rows = foreach ($user in Get-MgUser -All -Property DisplayName, UserPrincipalName, AssignedLicenses) {
    foreach ($license in $user.AssignedLicenses) {
        [pscustomobject]@{
            User    = $user.UserPrincipalName
            Name    = $user.DisplayName
            License = $skuNames[$license.SkuId]
        }
    }
}

$rows | Sort-Object -Property License, User | Export-Csv -Path $OutputPath -NoTypeInformation -Encoding UTF8
Write-Verbose -Message "Wrote $(@($rows).Count) rows to $OutputPath"
