Set-StrictMode -Version 3.0

<#
.SYNOPSIS
    Lists certificates in a store that expire within a number of days.
.PARAMETER StorePath
    Certificate store to search, for example Cert:\LocalMachine\My.
.PARAMETER Days
    Expiry window in days.
.EXAMPLE
    Get-ExpiringCertificate -Days 45
#>
function Get-ExpiringCertificate {
    [CmdletBinding()]
    [OutputType([System.Security.Cryptography.X509Certificates.X509Certificate2])]
    param(
        [string]$StorePath = 'Cert:\LocalMachine\My',

        [ValidateRange(1, 3650)]
        [int]$Days = 30
    )

    $deadline = (Get-Date).AddDays($Days)
    Get-ChildItem -Path $StorePath |
        Where-Object { $_.NotAfter -le $deadline -and $_.NotAfter -ge (Get-Date) } |
        Sort-Object -Property NotAfter
}

<#
.SYNOPSIS
    Removes expired certificates from a store.
.PARAMETER StorePath
    Certificate store to clean.
#>
function Remove-ExpiredCertificate {
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    param(
        [string]$StorePath = 'Cert:\LocalMachine\My'
    )

    $now = Get-Date
    foreach ($cert in Get-ChildItem -Path $StorePath) {
        if ($cert.NotAfter -lt $now -and $PSCmdlet.ShouldProcess($cert.Subject, 'Remove expired certificate')) {
            Remove-Item -LiteralPath $cert.PSPath
        }
    }
}

function ConvertTo-CertificateSummary {
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [System.Security.Cryptography.X509Certificates.X509Certificate2]$Certificate
    )
    process {
        '{0} (expires {1:yyyy-MM-dd})' -f $Certificate.Subject, $Certificate.NotAfter
    }
}

Export-ModuleMember -Function Get-ExpiringCertificate, Remove-ExpiredCertificate
