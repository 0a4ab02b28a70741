#Requires -Version 7.0
$urls = @(
    'https://status.contoso.com/health'
    'https://api.contoso.com/health'
    'https://auth.contoso.com/health'
)
$jobs = foreach ($u in $urls) {
    Start-ThreadJob -ScriptBlock {
        param($Url)
        $r = Invoke-WebRequest -Uri $Url -TimeoutSec 10 -SkipHttpErrorCheck
        [pscustomobject]@{ Url = $Url; Code = $r.StatusCode }
    } -ArgumentList $u
}
$jobs | Wait-Job | Receive-Job | Format-Table
try {
    $null = Invoke-RestMethod -Uri 'https://status.contoso.com/version' -MaximumRetryCount 3 -RetryIntervalSec 2
}
catch {
    Get-Error -Newest 1 | Out-String | Write-Warning
}
$jobs | Remove-Job
