class RetryPolicy {
    [int]$MaxAttempts
    [timespan]$Delay

    RetryPolicy([int]$maxAttempts, [timespan]$delay) {
        $this.MaxAttempts = $maxAttempts
        $this.Delay = $delay
    }

    [object] Invoke([scriptblock]$Action) {
        for ($attempt = 1; $attempt -le $this.MaxAttempts; $attempt++) {
            try {
                return & $Action
            }
            catch {
                if ($attempt -eq $this.MaxAttempts) {
                    throw
                }
                Write-Verbose "Attempt $attempt failed: $($_.Exception.Message)"
                Start-Sleep -Milliseconds $this.Delay.TotalMilliseconds
            }
        }
        return $null
    }
}

$policy = [RetryPolicy]::new(4, [timespan]::FromSeconds(5))
$status = $policy.Invoke({ Invoke-RestMethod -Uri 'https://status.contoso.com/api/v2/status.json' -TimeoutSec 10 })
$status.status.description
