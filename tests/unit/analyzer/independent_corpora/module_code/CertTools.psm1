# Certificate helpers used by the web farm deployment pipeline.

function Get-ExpiringCertificate {
    <#
    .SYNOPSIS
        Lists certificates in a store that expire within a number of days.
    .EXAMPLE
        Get-ExpiringCertificate -Days 30
    #>
    [CmdletBinding()]
    [OutputType([System.Security.Cryptography.X509Certificates.X509Certificate2])]
    param(
        [ValidateRange(1, 3650)]
        [int]$Days = 30,

        [string]$StorePath = 'Cert:\LocalMachine\My'
    )

    $limit = (Get-Date).AddDays($Days)
    Get-ChildItem -Path $StorePath |
        Where-Object { $_.NotAfter -lt $limit -and $_.HasPrivateKey }
}

function Remove-ExpiredCertificates {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [string]$StorePath = 'Cert:\LocalMachine\My'
    )

    $now = Get-Date
    $expired = Get-ChildItem -Path $StorePath | Where-Object NotAfter -lt $now
    foreach ($cert in $expired) {
        Remove-Item -Path $cert.PSPath
    }
}

function Export-CertificateBundle {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [System.Security.Cryptography.X509Certificates.X509Certificate2]$Certificate,

        [Parameter(Mandatory)]
        [string]$Destination
    )

    $pem = "-----BEGIN CERTIFICATE-----`n" +
        [Convert]::ToBase64String($Certificate.RawData, 'InsertLineBreaks') +
        "`n-----END CERTIFICATE-----"
    Add-Content -Path $Destination -Value $pem
}

Export-ModuleMember -Function 'Get-ExpiringCertificate', 'Remove-ExpiredCertificates', 'Export-CertificateBundle'
