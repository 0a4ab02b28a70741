# Pulls the backup job status from the lab appliance, which still has its factory self-signed certificate.
param(
    [string]$Appliance = 'backup-lab.example.internal',
    [Parameter(Mandatory)]
    [pscredential]$Credential
)

$base = "https://$Appliance/api/v1"
$session = $null
$token = Invoke-RestMethod -Uri "$base/auth" -Method Post -Credential $Credential -SkipCertificateCheck -SessionVariable session

$jobs = Invoke-RestMethod -Uri "$base/jobs?state=all" -WebSession $session -Headers @{ 'X-Auth-Token' = $token.id } -SkipCertificateCheck
$jobs.items | Select-Object -Property name, lastResult, lastRun | Sort-Object -Property lastRun -Descending

# the old collector on the same box only speaks basic auth over http
Invoke-WebRequest -Uri "http://${Appliance}:8080/metrics" -Credential $Credential -AllowUnencryptedAuthentication -OutFile ./metrics.txt
