#Requires -Modules Az.KeyVault
<#
.SYNOPSIS
    Imports the wildcard certificate stored in Azure Key Vault into the local machine store.
.DESCRIPTION
    Key Vault returns the PFX as a Base64 secret; it is decoded to bytes and imported
    as a non-exportable certificate. Nothing decoded here is executed.
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [Parameter(Mandatory = $true)]
    [string]$VaultName,

    [string]$CertificateName = 'wildcard-contoso-com'
)

$secret = Get-AzKeyVaultSecret -VaultName $VaultName -Name $CertificateName -AsPlainText
$pfxBytes = [System.Convert]::FromBase64String($secret)

$flags = [System.Security.Cryptography.X509Certificates.X509KeyStorageFlags]::MachineKeySet -bor
    [System.Security.Cryptography.X509Certificates.X509KeyStorageFlags]::PersistKeySet
$certificate = New-Object -TypeName System.Security.Cryptography.X509Certificates.X509Certificate2 -ArgumentList @(, $pfxBytes), '', $flags

$store = New-Object -TypeName System.Security.Cryptography.X509Certificates.X509Store -ArgumentList 'My', 'LocalMachine'
if ($PSCmdlet.ShouldProcess($certificate.Subject, 'Import into LocalMachine\My')) {
    $store.Open('ReadWrite')
    try {
        $store.Add($certificate)
    }
    finally {
        $store.Close()
    }
    Write-Information -MessageData "Imported $($certificate.Thumbprint), expires $($certificate.NotAfter)" -InformationAction Continue
}
