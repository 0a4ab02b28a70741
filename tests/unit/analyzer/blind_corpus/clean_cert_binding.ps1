<#
.SYNOPSIS
    Binds the web server certificate to the HTTPS listener.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [ValidatePattern('^[0-9A-F]{40}$')]
    [string]$Thumbprint = '3B1EFD3A66EA28B16697394703A72CA340A05BD5',

    [ValidateRange(1, 65535)]
    [int]$Port = 443,

    [ValidateRange(8, 128)]
    [int]$PasswordLength = 24
)

$certificate = Get-Item -Path "Cert:\LocalMachine\My\$Thumbprint"
$appId = '{4dc3e181-e14b-4a21-b022-59fc669b0914}'
if ($PSCmdlet.ShouldProcess("0.0.0.0:$Port", "Bind certificate $($certificate.Subject)")) {
    netsh http add sslcert ipport="0.0.0.0:$Port" certhash=$Thumbprint appid=$appId
}
Write-Verbose -Message "A new PFX export would use a $PasswordLength character password."
