#Requires -Version 7.0
# Posts yesterday's failed pipeline runs to the team channel.
param(
    [Parameter(Mandatory)]
    [string]$Organization,
    [Parameter(Mandatory)]
    [string]$Project,
    [Parameter(Mandatory)]
    [uri]$ChannelWebhook
)

$pat = $env:AZDO_PAT ?? $(throw 'AZDO_PAT is not set')
$auth = @{ Authorization = 'Basic ' + [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes(":$pat")) }
$since = (Get-Date).AddDays(-1).ToUniversalTime().ToString('o')
$runs = Invoke-RestMethod -Headers $auth -Uri "https://dev.azure.com/$Organization/$Project/_apis/build/builds?resultFilter=failed&minTime=$since&api-version=7.0"

$lines = $runs.value | ForEach-Object {
    "- $($_.definition.name) #$($_.buildNumber) by $($_.requestedFor?.displayName)"
} | Join-String -Separator "`n"

$text = $lines ? "Failed builds since yesterday:`n$lines" : 'No failed builds yesterday.'
Invoke-RestMethod -Method Post -Uri $ChannelWebhook -ContentType 'application/json' -Body (@{ text = $text } | ConvertTo-Json)
