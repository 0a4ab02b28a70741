<#
.SYNOPSIS
    Creates a self-signed TLS certificate for local development and exports it as a PFX.
.NOTES
    The PFX password is typed by the developer; nothing is stored in the script.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [string[]]$DnsName = @('localhost', 'dev.contoso.local'),

    [string]$ExportPath = (Join-Path -Path $HOME -ChildPath 'dev-tls.pfx'),

    [int]$ValidYears = 2
)

$ErrorActionPreference = 'Stop'

if (-not $PSCmdlet.ShouldProcess(($DnsName -join ', '), 'Create self-signed certificate')) {
    return
}

$certParams = @{
    DnsName           = $DnsName
    CertStoreLocation = 'Cert:\CurrentUser\My'
    KeyAlgorithm      = 'RSA'
    KeyLength         = 2048
    HashAlgorithm     = 'SHA256'
    KeyExportPolicy   = 'Exportable'
    NotAfter          = (Get-Date).AddYears($ValidYears)
    FriendlyName      = 'Local development TLS'
}
$cert = New-SelfSignedCertificate @certParams

$pfxPassword = Read-Host -Prompt 'Password for the exported PFX' -AsSecureString
Export-PfxCertificate -Cert $cert -FilePath $ExportPath -Password $pfxPassword | Out-Null

Write-Output "Thumbprint: $($cert.Thumbprint)"
Write-Output "Exported to $ExportPath"
