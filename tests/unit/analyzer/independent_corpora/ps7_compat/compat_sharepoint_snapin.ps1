#Requires -Version 5.1
# Lists site collections with their storage usage. Runs on the SharePoint 2016 farm server.
Add-PSSnapin -Name Microsoft.SharePoint.PowerShell -ErrorAction SilentlyContinue

$threshold = 50GB
$sites = Get-SPSite -Limit All

foreach ($site in $sites) {
    $usage = $site.Usage.Storage
    if ($usage -gt $threshold) {
        [pscustomobject]@{
            Url       = $site.Url
            Owner     = $site.Owner.LoginName
            StorageGB = [math]::Round($usage / 1GB, 1)
        }
    }
    $site.Dispose()
}
