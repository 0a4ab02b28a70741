function Get-ExpiringCertificates {
    <#
    .SYNOPSIS
        Lists certificates in the machine store that expire within the given number of days.
    #>
    [CmdletBinding()]
    [OutputType([System.Security.Cryptography.X509Certificates.X509Certificate2])]
    param(
        [ValidateRange(1, 365)]
        [int]$Days = 30
    )

    $limit = (Get-Date).AddDays($Days)
    Get-ChildItem -Path Cert:\LocalMachine\My |
        Where-Object -FilterScript { $_.NotAfter -le $limit } |
        Sort-Object -Property NotAfter
}

Get-ExpiringCertificates -Days 45 | Format-Table -Property Subject, NotAfter, Thumbprint
