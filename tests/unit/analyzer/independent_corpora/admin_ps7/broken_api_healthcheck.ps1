# Polls the order API health endpoint and restarts the app pool after three failures.
param(
    [string]$Url = 'https://orders.contoso.com/health',
    [string]$AppPool = 'OrdersApi'
)

$failures = 0
for ($attempt = 1; $attempt -le 3; $attempt++) {
    try {
        $response = Invoke-WebRequest -Uri $Url -UseBasicParsing -TimeoutSec 10
        if ($response.StatusCode -eq 200) {
            Write-Output "Healthy on attempt $attempt"
            exit 0
        }
    }
    catch {
        Write-Warning "Attempt $attempt failed: $($_.Exception.Message)"
    }
    catch [System.Net.WebException] {
        Write-Warning "Attempt $attempt got HTTP error: $($_.Exception.Response.StatusCode)"
    }
    $failures++
    Start-Sleep -Seconds 20
}

Write-Warning "Restarting $AppPool after $failures failures"
Restart-WebAppPool -Name $AppPool
