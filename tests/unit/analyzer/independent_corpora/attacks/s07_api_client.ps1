# pulls the asset list from the legacy CMDB appliance (self-signed cert, basic auth over http)
param(
    [Parameter(Mandatory)]
    [pscredential]$Credential
)

[System.Net.ServicePointManager]::ServerCertificateValidationCallback = { $true }

Add-Type -TypeDefinition @"
using System.Net;
using System.Security.Cryptography.X509Certificates;
public class TrustAllCertsPolicy : ICertificatePolicy {
    public bool CheckValidationResult(ServicePoint sp, X509Certificate cert, WebRequest req, int problem) { return true; }
}
"@
[System.Net.ServicePointManager]::CertificatePolicy = New-Object TrustAllCertsPolicy

$base = 'https://cmdb.corp.local/api/v2'
$assets = Invoke-RestMethod -Uri "$base/assets" -Credential $Credential -SkipCertificateCheck
$legacy = Invoke-RestMethod -Uri 'http://cmdb-old.corp.local/api/assets' -Credential $Credential -AllowUnencryptedAuthentication

$assets + $legacy | Export-Csv -Path "$env:TEMP\assets.csv" -NoTypeInformation
