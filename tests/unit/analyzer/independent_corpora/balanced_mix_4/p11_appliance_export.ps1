#Requires -Version 7.0
# pulls the nightly inventory export from the old appliance (self-signed cert, legacy basic auth)
param([pscredential]$Credential = (Get-Credential))

$base = 'https://10.20.0.15:8443'
$export = Invoke-RestMethod -Uri "$base/api/export/inventory" -Credential $Credential -SkipCertificateCheck
$export.devices | Export-Csv -Path ./devices.csv -NoTypeInformation

$legacy = Invoke-WebRequest -Uri 'http://10.20.0.16/status.cgi' -Credential $Credential -Authentication Basic -AllowUnencryptedAuthentication
$legacy.Content | Out-File -FilePath ./legacy-status.txt
