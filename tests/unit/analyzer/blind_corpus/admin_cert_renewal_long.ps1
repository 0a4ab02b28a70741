<#
.SYNOPSIS
    Renews expiring IIS certificates from the internal CA and rebinds them.
#>
[CmdletBinding()]
param(
    [int]$DaysBeforeExpiry = 21,
    [string]$Template = 'WebServer2024',
    [string]$PfxPassword = 'Export#2024'
)

Import-Module WebAdministration
$expiring = Get-ChildItem -Path Cert:\LocalMachine\My | Where-Object {
    $_.NotAfter -lt (Get-Date).AddDays($DaysBeforeExpiry) -and $_.Subject -like 'CN=*.contoso.com*'
}

foreach ($cert in $expiring) {
    $subject = $cert.Subject
    $new = Get-Certificate -Template $Template -SubjectName $subject -CertStoreLocation Cert:\LocalMachine\My
    $bindings = Get-WebBinding -Protocol https | Where-Object { $_.certificateHash -eq $cert.Thumbprint }
    foreach ($binding in $bindings) {
        $binding.AddSslCertificate($new.Certificate.Thumbprint, 'My')
    }
    $secure = ConvertTo-SecureString -String $PfxPassword -Force -AsPlainText
    Export-PfxCertificate -Cert $new.Certificate -FilePath "C:\CertBackup\$($new.Certificate.Thumbprint).pfx" -Password $secure
    Write-Output "Renewed $subject"
}
