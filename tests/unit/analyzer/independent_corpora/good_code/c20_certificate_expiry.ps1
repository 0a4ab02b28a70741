<#
.SYNOPSIS
    Warns about machine certificates that expire soon and checks the pinned TLS certificate.
#>
[CmdletBinding()]
[OutputType([pscustomobject])]
param(
    [ValidateRange(1, 365)]
    [int]$WarningDays = 30
)

# Thumbprint of the certificate bound to the public site (rotated every year by the PKI team)
$pinnedThumbprint = '3B7E0C1F9A2D4E6B8C0A1F3E5D7B9C2A4E6F8D0B'
$deadline = (Get-Date).AddDays($WarningDays)

$certificates = Get-ChildItem -Path Cert:\LocalMachine\My |
    Where-Object -FilterScript { $_.HasPrivateKey -and $_.NotAfter -lt $deadline }

foreach ($certificate in $certificates) {
    [pscustomobject]@{
        Subject    = $certificate.Subject
        Thumbprint = $certificate.Thumbprint
        NotAfter   = $certificate.NotAfter
        DaysLeft   = [int]($certificate.NotAfter - (Get-Date)).TotalDays
        IsPinned   = $certificate.Thumbprint -eq $pinnedThumbprint
    }
}

$pinned = Get-Item -Path "Cert:\LocalMachine\My\$pinnedThumbprint" -ErrorAction SilentlyContinue
if (-not $pinned) {
    Write-Warning -Message "Pinned certificate $pinnedThumbprint is missing from the machine store"
}
