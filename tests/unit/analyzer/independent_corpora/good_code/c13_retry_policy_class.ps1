enum BackoffKind {
    Fixed
    Exponential
}

class RetryPolicy {
    [int]$MaxAttempts = 5
    [int]$BaseDelayMs = 500
    [BackoffKind]$Kind = [BackoffKind]::Exponential

    RetryPolicy() {
    }

    RetryPolicy([int]$maxAttempts, [BackoffKind]$kind) {
        $this.MaxAttempts = $maxAttempts
        $this.Kind = $kind
    }

    [int] GetDelay([int]$attempt) {
        if ($this.Kind -eq [BackoffKind]::Fixed) {
            return $this.BaseDelayMs
        }
        $delay = $this.BaseDelayMs * [math]::Pow(2, $attempt - 1)
        return [int][math]::Min($delay, 30000)
    }

    [object] Invoke([scriptblock]$Action) {
        $attempt = 0
        while ($true) {
            $attempt++
            try {
                return & $Action
            }
            catch {
                if ($attempt -ge $this.MaxAttempts) {
                    throw
                }
                Write-Verbose -Message ("Attempt {0} failed: {1}" -f $attempt, $_.Exception.Message)
                Start-Sleep -Milliseconds $this.GetDelay($attempt)
            }
        }
        return $null
    }
}

$policy = [RetryPolicy]::new(4, [BackoffKind]::Exponential)
$health = $policy.Invoke({
        Invoke-RestMethod -Uri 'https://status.contoso.com/api/health' -TimeoutSec 10 -ErrorAction Stop
    })
$health.status
