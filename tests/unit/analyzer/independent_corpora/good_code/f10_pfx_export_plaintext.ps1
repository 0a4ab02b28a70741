function Export-WebCertificate {
    <#
    .SYNOPSIS
        Exports the site certificate with its private key for the load balancer team.
    .PARAMETER Thumbprint
        Thumbprint of the certificate in LocalMachine\My.
    .PARAMETER Destination
        Path of the .pfx file to write.
    .PARAMETER PfxPassword
        Password protecting the exported file.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)]
        [ValidatePattern('^[A-Fa-f0-9]{40}$')]
        [string]$Thumbprint,

        [Parameter(Mandatory = $true)]
        [string]$Destination,

        [string]$PfxPassword
    )

    $certificate = Get-Item -Path "Cert:\LocalMachine\My\$Thumbprint" -ErrorAction Stop
    $securePassword = ConvertTo-SecureString -String $PfxPassword -AsPlainText -Force
    Export-PfxCertificate -Cert $certificate -FilePath $Destination -Password $securePassword -ChainOption BuildChain
}
