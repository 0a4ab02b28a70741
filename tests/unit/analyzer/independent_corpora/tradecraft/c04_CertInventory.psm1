Set-StrictMode -Version Latest

function Get-ExpiringCertificate {
    <#
    .SYNOPSIS
        Lists certificates in a store that expire within the given number of days.
    .PARAMETER Days
        Look-ahead window in days.
    .PARAMETER StoreLocation
        LocalMachine or CurrentUser.
    .EXAMPLE
        Get-ExpiringCertificate -Days 45
    #>
    [CmdletBinding()]
    param(
        [ValidateRange(1, 3650)]
        [int]$Days = 30,

        [ValidateSet('LocalMachine', 'CurrentUser')]
        [string]$StoreLocation = 'LocalMachine'
    )

    $limit = (Get-Date).AddDays($Days)
    Get-ChildItem -Path "Cert:\$StoreLocation\My" |
        Where-Object { $_.NotAfter -le $limit } |
        Sort-Object -Property NotAfter |
        Select-Object -Property Subject, Thumbprint, NotAfter, HasPrivateKey
}

function Test-CertificateChain {
    <#
    .SYNOPSIS
        Tests whether a certificate builds a valid chain on this machine.
    .PARAMETER Certificate
        The certificate to test.
    .EXAMPLE
        Get-ChildItem Cert:\LocalMachine\My | Test-CertificateChain
    #>
    [CmdletBinding()]
    [OutputType([bool])]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [System.Security.Cryptography.X509Certificates.X509Certificate2]$Certificate
    )
    process {
        $chain = [System.Security.Cryptography.X509Certificates.X509Chain]::new()
        try {
            $chain.ChainPolicy.RevocationMode = 'Online'
            $chain.Build($Certificate)
        }
        finally {
            $chain.Dispose()
        }
    }
}

Export-ModuleMember -Function Get-ExpiringCertificate, Test-CertificateChain
