Set-StrictMode -Version Latest

function Get-SiteCertificate {
    <#
    .SYNOPSIS
        Returns the TLS certificate a web server presents.
    .PARAMETER HostName
        The DNS name of the server.
    .PARAMETER Port
        The TCP port, 443 by default.
    #>
    [CmdletBinding()]
    [OutputType([System.Security.Cryptography.X509Certificates.X509Certificate2])]
    param(
        [Parameter(Mandatory)]
        [string]$HostName,
        [int]$Port = 443
    )

    $client = New-Object -TypeName System.Net.Sockets.TcpClient -ArgumentList $HostName, $Port
    try {
        $ssl = New-Object -TypeName System.Net.Security.SslStream -ArgumentList $client.GetStream(), $false
        $ssl.AuthenticateAsClient($HostName)
        New-Object -TypeName System.Security.Cryptography.X509Certificates.X509Certificate2 -ArgumentList $ssl.RemoteCertificate
    }
    finally {
        $client.Dispose()
    }
}

function Test-CertificateExpiry {
    <#
    .SYNOPSIS
        True when the certificate of the server expires within the given number of days.
    #>
    [CmdletBinding()]
    [OutputType([bool])]
    param(
        [Parameter(Mandatory)]
        [string]$HostName,
        [int]$Days = 30
    )

    $certificate = Get-SiteCertificate -HostName $HostName
    $certificate.NotAfter -lt (Get-Date).AddDays($Days)
}

Export-ModuleMember -Function Get-SiteCertificate, Test-CertificateExpiry
