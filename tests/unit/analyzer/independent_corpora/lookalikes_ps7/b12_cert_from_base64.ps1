# Installs the internal root CA certificate that ships base64-encoded in the build pipeline variable.
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$CertificateBase64
)

$bytes = [Convert]::FromBase64String($CertificateBase64)
$cert = [System.Security.Cryptography.X509Certificates.X509Certificate2]::new($bytes)

if ($cert.Subject -notlike '*O=Contoso Ltd*') {
    throw "Unexpected certificate subject: $($cert.Subject)"
}

$file = Join-Path -Path $env:TEMP -ChildPath "$($cert.Thumbprint).cer"
[System.IO.File]::WriteAllBytes($file, $bytes)
Import-Certificate -FilePath $file -CertStoreLocation Cert:\LocalMachine\Root | Out-Null
Remove-Item -Path $file
