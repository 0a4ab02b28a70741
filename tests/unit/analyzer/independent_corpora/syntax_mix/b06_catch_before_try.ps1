param(
    [Parameter(Mandatory)]
    [string]$Uri
)

catch {
    Write-Warning -Message "Request failed: $($_.Exception.Message)"
}
try {
    $response = Invoke-RestMethod -Uri $Uri -Method Get -TimeoutSec 30
    $response.items | Select-Object -Property id, name, updated
}

Write-Output 'finished'
