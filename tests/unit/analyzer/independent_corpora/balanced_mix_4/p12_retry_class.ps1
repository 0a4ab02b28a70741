#Requires -Version 7.3
class RetryPolicy {
    [int]$MaxAttempts = 3
    [timespan]$Delay = [timespan]::FromSeconds(2)

    [object] Invoke([scriptblock]$Action) {
        $attempt = 0
        while ($true) {
            try {
                return & $Action
            }
            catch {
                $attempt++
                if ($attempt -ge $this.MaxAttempts) { throw }
                Start-Sleep -Duration $this.Delay
            }
        }
        return $null
    }
}

$policy = [RetryPolicy]@{ MaxAttempts = 5 }
$data = $policy.Invoke({ Invoke-RestMethod -Uri 'https://api.contoso.com/v1/ping' })
${data}?.status ?? 'no status' | Write-Output
