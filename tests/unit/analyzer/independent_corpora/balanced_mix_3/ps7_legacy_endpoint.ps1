# Pulls the device list from an old appliance that only speaks HTTP basic auth with a self-signed cert.
param(
    [Parameter(Mandatory)]
    [pscredential]$Credential,
    [string]$Appliance = 'https://10.40.1.5:8443'
)

$devices = Invoke-RestMethod -Uri "$Appliance/api/devices" -Authentication Basic -Credential $Credential -SkipCertificateCheck

$status = Invoke-RestMethod -Uri 'http://10.40.1.5:8080/api/status' -Credential $Credential -AllowUnencryptedAuthentication

$devices |
    Sort-Object -Property lastSeen -Top 20 |
    Select-Object name, ip, lastSeen
"Appliance firmware: $($status.firmware)"
