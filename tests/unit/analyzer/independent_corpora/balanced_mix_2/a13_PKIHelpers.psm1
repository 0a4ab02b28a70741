Set-StrictMode -Version Latest

function Get-CertificateTemplateName {
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [System.Security.Cryptography.X509Certificates.X509Certificate2]$Certificate
    )
    $ext = $Certificate.Extensions | Where-Object { $_.Oid.Value -eq '1.3.6.1.4.1.311.21.7' }
    if ($ext) {
        ($ext.Format($false) -split ',')[0] -replace '^Template=', ''
    }
}

<#
.SYNOPSIS
    Submits a CSR to the enterprise CA and saves the issued certificate.
#>
function Submit-CertificateRequest {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] [string]$CsrPath,
        [Parameter(Mandatory)] [string]$CertPath,
        [string]$Template = 'WebServer',
        [string]$ConfigString = 'ca01.corp.contoso.com\Contoso Issuing CA'
    )
    & certreq.exe -submit -config $ConfigString -attrib "CertificateTemplate:$Template" $CsrPath $CertPath
    if ($LASTEXITCODE -ne 0) {
        throw "certreq failed with exit code $LASTEXITCODE"
    }
    Get-Item -Path $CertPath
}

function Export-PfxBundle {
    param([string]$Thumbprint, [string]$OutFile, [string]$PfxPassword)
    $secure = ConvertTo-SecureString -String $PfxPassword -Force -AsPlainText
    Get-ChildItem "Cert:\LocalMachine\My\$Thumbprint" | Export-PfxCertificate -FilePath $OutFile -Password $secure
}

New-Alias -Name gctn -Value Get-CertificateTemplateName -Scope Global
Export-ModuleMember -Function Get-CertificateTemplateName, Submit-CertificateRequest, Export-PfxBundle
