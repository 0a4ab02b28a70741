$base = 'https://inventory.lab.corp.local:8443'
$creds = Import-Clixml -Path "$HOME/.inventory_cred.xml"

$assets = Invoke-RestMethod -Uri "$base/api/v1/assets" -Credential $creds -SkipCertificateCheck
$stale = $assets | Where-Object { [datetime]$_.lastSeen -lt (Get-Date).AddDays(-30) }

foreach ($a in $stale) {
    Write-Host "Stale: $($a.hostname) last seen $($a.lastSeen)"
}
