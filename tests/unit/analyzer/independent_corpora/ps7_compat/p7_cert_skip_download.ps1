# "Temporary" fix from the lab: the internal repo has a self-signed certificate.
$repo = 'https://10.20.0.15/tools'
$dest = Join-Path -Path $env:TEMP -ChildPath 'agent-setup.ps1'

Invoke-WebRequest -Uri "$repo/agent-setup.ps1" -OutFile $dest -SkipCertificateCheck
Write-Host "Downloaded to $dest" -ForegroundColor Green

& $dest -Register -Server 'mgmt01.lab.local'
