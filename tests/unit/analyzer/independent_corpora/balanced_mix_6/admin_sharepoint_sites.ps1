Add-PSSnapin Microsoft.SharePoint.PowerShell

$webApp = "https://portal.contoso.com"
$report = @()
$today = Get-Date

$sites = Get-SPSite -WebApplication $webApp -Limit All
foreach ($site in $sites) {
    $owner = $site.Owner.UserLogin
    $sizeMB = [math]::Round($site.Usage.Storage / 1MB, 2)
    $report += New-Object PSObject -Property @{
        Url     = $site.Url
        Owner   = $owner
        SizeMB  = $sizeMB
        LastMod = $site.LastContentModifiedDate
    }
    $site.Dispose()
}

$report | sort SizeMB -Descending | Export-Csv "C:\Reports\sites.csv" -NoTypeInformation
Write-Host "Done - $($report.Count) site collections" -ForegroundColor Green
