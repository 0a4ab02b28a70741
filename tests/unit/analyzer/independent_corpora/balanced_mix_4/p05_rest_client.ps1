#Requires -Version 7.1
param(
    [Parameter(Mandatory)][uri]$BaseUri,
    [Parameter(Mandatory)][pscredential]$Credential
)

$token = (Invoke-RestMethod -Uri "$BaseUri/auth" -Method Post -Authentication Basic -Credential $Credential).token
$headers = @{ Authorization = "Bearer $token" }
$resp = Invoke-RestMethod -Uri "$BaseUri/items?state=open" -Headers $headers -SkipHttpErrorCheck -StatusCodeVariable status
if ($status -ge 400) {
    Write-Error "API returned $status"
    return
}
$resp.items | ConvertTo-Json -AsArray -Depth 5 | Set-Content -Path ./open-items.json
$stamp = Get-Date -AsUTC -Format o
Write-Verbose "saved at $stamp"
