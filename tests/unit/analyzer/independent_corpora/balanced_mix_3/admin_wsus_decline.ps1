# Declines superseded and Itanium updates on the WSUS server, then runs the cleanup wizard.
[reflection.assembly]::LoadWithPartialName('Microsoft.UpdateServices.Administration') | Out-Null

$wsusServer = 'wsus01'
$wsus = [Microsoft.UpdateServices.Administration.AdminProxy]::GetUpdateServer($wsusServer, $false, 8530)

$declined = 0
$updates = $wsus.GetUpdates()
foreach ($u in $updates) {
    if ($u.IsDeclined) { continue }
    if ($u.IsSuperseded -or $u.Title -match 'Itanium|ia64') {
        $u.Decline()
        $declined++
    }
}
Write-Host "Declined $declined updates" -ForegroundColor Cyan

Invoke-WsusServerCleanup -UpdateServer (Get-WsusServer -Name $wsusServer -PortNumber 8530) `
    -CleanupObsoleteUpdates -CleanupUnneededContentFiles -DeclineExpiredUpdates | Out-String | Write-Output

$scope = New-Object Microsoft.UpdateServices.Administration.UpdateScope
$scope.ApprovedStates = 'NotApproved'
$pending = $wsus.GetUpdateCount($scope)
if ($pending -gt 500) {
    Write-Warning "$pending updates still waiting for approval"
}
