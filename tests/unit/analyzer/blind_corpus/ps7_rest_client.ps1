#Requires -PSEdition Core
$response = Invoke-RestMethod -Uri 'https://api.contoso.com/items' -SkipHttpErrorCheck -StatusCodeVariable status
if ($status -ne 200) {
    Get-Error
    exit 1
}
$items = $response.items ?? @()
$json = $items | ConvertTo-Json -AsArray -Depth 4
Test-Json -Json $json
$items | ForEach-Object -Parallel { $_.id } -ThrottleLimit 4
