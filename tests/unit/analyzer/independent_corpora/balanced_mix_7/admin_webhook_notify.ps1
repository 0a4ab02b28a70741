# Posts the nightly job summary to chat and the ticketing API
$slackToken = 'xoxb-2841937465-5820193746-kQ7xPz3LmN9vR2sT4wY6uA8b'
$apiUser = 'jobs-bot'
$apiPassword = 'N1ghtly-J0bs!'

$summary = Get-Content -Path 'D:\Jobs\nightly_summary.txt' -Raw
$body = @{ channel = '#ops-nightly'; text = $summary } | ConvertTo-Json

Invoke-RestMethod -Uri 'https://slack.com/api/chat.postMessage' -Method Post -Body $body `
    -ContentType 'application/json' -Headers @{ Authorization = "Bearer $slackToken" }

$pair = '{0}:{1}' -f $apiUser, $apiPassword
$basic = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))
Invoke-WebRequest -Uri 'http://tickets.corp.local/api/notes' -Method Post -Body $summary -Headers @{ Authorization = "Basic $basic" } -UseBasicParsing
