<#
.SYNOPSIS
    Checks the TLS certificate served by each web endpoint and warns before it expires.
.PARAMETER Url
    HTTPS endpoints to check.
.PARAMETER WarningDays
    Report certificates that expire within this many days.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [uri[]]$Url,

    [ValidateRange(1, 365)]
    [int]$WarningDays = 21
)

foreach ($target in $Url) {
    $client = [System.Net.Sockets.TcpClient]::new($target.Host, 443)
    try {
        $ssl = [System.Net.Security.SslStream]::new($client.GetStream(), $false)
        $ssl.AuthenticateAsClient($target.Host)
        $cert = [System.Security.Cryptography.X509Certificates.X509Certificate2]::new($ssl.RemoteCertificate)
        $daysLeft = [int]($cert.NotAfter - (Get-Date)).TotalDays

        if ($daysLeft -le $WarningDays) {
            Write-Warning ('{0} expires in {1} days ({2:d})' -f $target.Host, $daysLeft, $cert.NotAfter)
        }
        [pscustomobject]@{
            Host     = $target.Host
            Subject  = $cert.Subject
            Issuer   = $cert.Issuer
            NotAfter = $cert.NotAfter
            DaysLeft = $daysLeft
        }
    }
    finally {
        $client.Dispose()
    }
}
