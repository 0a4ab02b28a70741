[void][Reflection.Assembly]::LoadWithPartialName('Microsoft.UpdateServices.Administration')
$wsus = [Microsoft.UpdateServices.Administration.AdminProxy]::GetUpdateServer('wsus01.corp.contoso.com', $false, 8530)
$updates = $wsus.GetUpdates() | Where-Object { $_.IsSuperseded -and -not $_.IsDeclined }
$count = 0
foreach ($u in $updates) {
    $u.Decline()
    $count++
}
Write-Output "Declined $count superseded updates"
$cleanup = New-Object -TypeName Microsoft.UpdateServices.Administration.CleanupScope
$cleanup.CleanupObsoleteUpdates = $true
$cleanup.CompressUpdates = $true
$manager = $wsus.GetCleanupManager()
$manager.PerformCleanup($cleanup) | Out-Null
