# Refreshes SCCM device collection membership for the patching rings
$SiteCode = 'P01'
$ProviderMachineName = 'sccm01.corp.contoso.com'

if ((Get-Module ConfigurationManager) -eq $null) {
    Import-Module "$($env:SMS_ADMIN_UI_PATH)\..\ConfigurationManager.psd1"
}
if ((Get-PSDrive -Name $SiteCode -PSProvider CMSite -ErrorAction SilentlyContinue) -eq $null) {
    New-PSDrive -Name $SiteCode -PSProvider CMSite -Root $ProviderMachineName | Out-Null
}
Push-Location "$($SiteCode):\"

$rings = 'Patch Ring 0 - Pilot', 'Patch Ring 1 - Early', 'Patch Ring 2 - Broad'
foreach ($ring in $rings) {
    $coll = Get-CMDeviceCollection -Name $ring
    if (!$coll) {
        Write-Warning "Collection '$ring' not found"
        continue
    }
    Invoke-CMCollectionUpdate -InputObject $coll
    $members = Get-WmiObject -Namespace "root\sms\site_$SiteCode" -Class SMS_FullCollectionMembership -Filter "CollectionID='$($coll.CollectionID)'"
    "{0,-30} {1,5} members" -f $ring, @($members).Count
}

Pop-Location
