$uri = 'https://status.corp.local/api/health'
try {
    $health = Invoke-RestMethod -Uri $uri -TimeoutSec 10
    Write-Output "Status: $($health.status)"
} catch {
    Write-Warning "Health check failed: $($_.Exception.Message)"
} catch [System.Net.WebException] {
    Write-Warning 'Network error contacting status page'
}
