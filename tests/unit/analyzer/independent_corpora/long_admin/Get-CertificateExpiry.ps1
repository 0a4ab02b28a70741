<#
.SYNOPSIS
    Lists certificates that expire soon, from the local stores and from TLS endpoints.
.DESCRIPTION
    Used by the monitoring job: the output is picked up as CSV by the dashboard. Endpoints are read
    from a text file, one host:port per line.
.PARAMETER Days
    Report certificates that expire within this many days.
.PARAMETER EndpointFile
    Text file with host:port entries to probe.
.EXAMPLE
    .\Get-CertificateExpiry.ps1 -Days 45 | Export-Csv -Path .\expiring.csv -NoTypeInformation
#>
[CmdletBinding()]
param(
    [ValidateRange(1, 365)]
    [int]$Days = 30,

    [string]$EndpointFile
)

function Get-EndpointCertificate {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$HostName,

        [int]$Port = 443
    )

    $client = [System.Net.Sockets.TcpClient]::new()
    try {
        $client.Connect($HostName, $Port)
        $stream = [System.Net.Security.SslStream]::new($client.GetStream(), $false)
        try {
            $stream.AuthenticateAsClient($HostName)
            [System.Security.Cryptography.X509Certificates.X509Certificate2]::new($stream.RemoteCertificate)
        }
        finally {
            $stream.Dispose()
        }
    }
    finally {
        $client.Dispose()
    }
}

$limit = (Get-Date).AddDays($Days)

$local = Get-ChildItem -Path Cert:\LocalMachine\My |
    Where-Object { $_.NotAfter -lt $limit } |
    ForEach-Object {
        [pscustomobject]@{
            Source     = 'LocalMachine\My'
            Subject    = $_.Subject
            Thumbprint = $_.Thumbprint
            NotAfter   = $_.NotAfter
            DaysLeft   = [int]($_.NotAfter - (Get-Date)).TotalDays
        }
    }

$remote = @()
if ($EndpointFile) {
    $remote = Get-Content -Path $EndpointFile |
        Where-Object { $_ -match '^\s*[^#]\S+:\d+\s*$' } |
        ForEach-Object {
            $hostPart, $portPart = $_.Trim() -split ':'
            try {
                $cert = Get-EndpointCertificate -HostName $hostPart -Port ([int]$portPart)
                if ($cert.NotAfter -lt $limit) {
                    [pscustomobject]@{
                        Source     = $_.Trim()
                        Subject    = $cert.Subject
                        Thumbprint = $cert.Thumbprint
                        NotAfter   = $cert.NotAfter
                        DaysLeft   = [int]($cert.NotAfter - (Get-Date)).TotalDays
                    }
                }
            }
            catch {
                Write-Warning "Could not read the certificate of $($_.TargetObject): $($_.Exception.Message)"
            }
        }
}

@($local) + @($remote) | Sort-Object -Property DaysLeft
