<#
.SYNOPSIS
    Lists machine certificates that expire soon and backs them up to a password-protected PFX.
#>
[CmdletBinding()]
param(
    [int]$Days = 45,
    [string]$BackupFolder = 'D:\CertBackup'
)

$threshold = (Get-Date).AddDays($Days)
$expiring = Get-ChildItem -Path Cert:\LocalMachine\My |
    Where-Object { $_.NotAfter -lt $threshold -and $_.HasPrivateKey }

if (-not $expiring) {
    Write-Output "No certificates expire within $Days days."
    return
}

$pfxPassword = Read-Host -Prompt 'PFX password' -AsSecureString
foreach ($cert in $expiring) {
    $file = Join-Path -Path $BackupFolder -ChildPath ('{0}.pfx' -f $cert.Thumbprint)
    Export-PfxCertificate -Cert $cert -FilePath $file -Password $pfxPassword -ChainOption BuildChain | Out-Null
    [pscustomobject]@{
        Subject    = $cert.Subject
        Thumbprint = $cert.Thumbprint
        NotAfter   = $cert.NotAfter
        Backup     = $file
    }
}
