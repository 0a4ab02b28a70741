#Requires -Modules UpdateServices
[CmdletBinding()]
param(
    [string]$WsusServer = 'localhost',
    [int]$Port = 8530
)

$wsus = Get-WsusServer -Name $WsusServer -PortNumber $Port
$scope = @{
    DeclineSupersededUpdates    = $true
    DeclineExpiredUpdates       = $true
    CleanupObsoleteUpdates      = $true
    CleanupUnneededContentFiles = $true
    CompressUpdates             = $true
}

Write-Verbose "Running WSUS cleanup on $WsusServer"
$result = Invoke-WsusServerCleanup -UpdateServer $wsus @scope
$result | Out-File -FilePath (Join-Path -Path $env:TEMP -ChildPath 'wsus-cleanup.log') -Append

$declined = $wsus.GetUpdates() | Where-Object { $_.IsDeclined }
Write-Output ("{0} updates are declined" -f @($declined).Count)
