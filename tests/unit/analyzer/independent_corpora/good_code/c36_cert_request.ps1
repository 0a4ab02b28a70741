<#
.SYNOPSIS
    Requests a web server certificate from the enterprise CA with certreq.
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [Parameter(Mandatory = $true)]
    [string]$Fqdn,

    [string[]]$AlternativeName = @(),

    [string]$Template = 'ContosoWebServer',

    [string]$WorkFolder = 'C:\CertRequests'
)

$sanLines = @("dns=$Fqdn") + ($AlternativeName | ForEach-Object -Process { "dns=$_" })
$inf = @"
[Version]
Signature="`$Windows NT`$"

[NewRequest]
Subject = "CN=$Fqdn"
KeyLength = 2048
KeySpec = 1
Exportable = FALSE
MachineKeySet = TRUE
HashAlgorithm = SHA256
RequestType = PKCS10

[Extensions]
2.5.29.17 = "{text}"
_continue_ = "$($sanLines -join '&')"

[RequestAttributes]
CertificateTemplate = $Template
"@

$infPath = Join-Path -Path $WorkFolder -ChildPath "$Fqdn.inf"
$reqPath = Join-Path -Path $WorkFolder -ChildPath "$Fqdn.req"
$cerPath = Join-Path -Path $WorkFolder -ChildPath "$Fqdn.cer"
Set-Content -Path $infPath -Value $inf -Encoding ASCII

if ($PSCmdlet.ShouldProcess($Fqdn, 'Submit certificate request')) {
    & certreq.exe -new -q $infPath $reqPath
    & certreq.exe -submit -q -attrib "CertificateTemplate:$Template" $reqPath $cerPath
    & certreq.exe -accept -q $cerPath
    if ($LASTEXITCODE -ne 0) {
        throw "certreq failed with exit code $LASTEXITCODE"
    }
}
