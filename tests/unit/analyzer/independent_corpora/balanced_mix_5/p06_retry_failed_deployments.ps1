#Requires -Version 7.2
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$ApiBase,
    [Parameter(Mandatory)]
    [securestring]$Token
)

$common = @{
    Authentication = 'Bearer'
    Token          = $Token
    ContentType    = 'application/json'
}
$resp = Invoke-RestMethod -Uri "$ApiBase/v1/deployments?state=failed" @common -SkipHttpErrorCheck -StatusCodeVariable status
if ($status -ne 200) {
    Write-Error "API returned $status"
    return
}
$resp.items | ForEach-Object {
    Invoke-RestMethod -Uri "$ApiBase/v1/deployments/$($_.id)/retry" -Method Post @common -MaximumRetryCount 3 -RetryIntervalSec 5 | Out-Null
}
