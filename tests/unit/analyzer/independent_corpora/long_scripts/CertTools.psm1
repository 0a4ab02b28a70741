Set-StrictMode -Version Latest

function Get-CertificateExpiry {
    <#
    .SYNOPSIS
        Lists certificates in a certificate store with the days left before they expire.

    .DESCRIPTION
        Reads the certificates under a Cert: provider path and classifies each one as OK,
        Warning (inside the warning window) or Expired.

    .PARAMETER StorePath
        A path under the Cert: drive, for example Cert:\LocalMachine\My.

    .PARAMETER WarningDays
        Certificates that expire within this many days are reported with the Warning status.

    .EXAMPLE
        Get-CertificateExpiry -StorePath Cert:\LocalMachine\My -WarningDays 45

    .OUTPUTS
        PSCustomObject with Subject, Thumbprint, NotAfter, DaysRemaining and Status.
    #>
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [ValidateScript({
                if ($_ -notlike 'Cert:*') {
                    throw "StorePath must be a path on the Cert: drive, not '$_'."
                }
                $true
            })]
        [string]$StorePath,

        [ValidateRange(0, 3650)]
        [int]$WarningDays = 30
    )

    process {
        $now = Get-Date
        $certificates = @(Get-ChildItem -Path $StorePath)
        foreach ($certificate in $certificates) {
            $daysRemaining = [int][math]::Floor(($certificate.NotAfter - $now).TotalDays)
            $status = if ($daysRemaining -lt 0) {
                'Expired'
            }
            elseif ($daysRemaining -le $WarningDays) {
                'Warning'
            }
            else {
                'OK'
            }

            [pscustomobject]@{
                Subject       = $certificate.Subject
                Thumbprint    = $certificate.Thumbprint
                NotAfter      = $certificate.NotAfter
                DaysRemaining = $daysRemaining
                Status        = $status
            }
        }
    }
}

function Export-CertificateReport {
    <#
    .SYNOPSIS
        Writes the certificate expiry report of a store to a CSV file.

    .DESCRIPTION
        Calls Get-CertificateExpiry and exports the result. Honours -WhatIf and -Confirm.

    .PARAMETER StorePath
        A path under the Cert: drive.

    .PARAMETER Path
        The CSV file to write.

    .PARAMETER WarningDays
        Passed on to Get-CertificateExpiry.

    .EXAMPLE
        Export-CertificateReport -StorePath Cert:\LocalMachine\My -Path D:\Reports\certs.csv
    #>
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)]
        [string]$StorePath,

        [Parameter(Mandatory)]
        [string]$Path,

        [int]$WarningDays = 30
    )

    $report = Get-CertificateExpiry -StorePath $StorePath -WarningDays $WarningDays
    if ($PSCmdlet.ShouldProcess($Path, 'Write certificate report')) {
        $report | Export-Csv -Path $Path -NoTypeInformation -Encoding UTF8
    }
}

Export-ModuleMember -Function Get-CertificateExpiry, Export-CertificateReport
