[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$BinDirectory,

    [Parameter(Mandatory)]
    [string]$CertificateThumbprint,

    [string]$TimestampServer = 'http://timestamp.digicert.com'
)

$ErrorActionPreference = 'Stop'

$thumbprint = $CertificateThumbprint.Replace(' ', '').ToUpperInvariant()
$cert = Get-ChildItem -Path Cert:\CurrentUser\My -CodeSigningCert |
    Where-Object { $_.Thumbprint -eq $thumbprint }
if (-not $cert) {
    throw "Code signing certificate $thumbprint not found in CurrentUser\My."
}

$signtool = Get-ChildItem -Path "${env:ProgramFiles(x86)}\Windows Kits\10\bin" -Recurse -Filter 'signtool.exe' |
    Where-Object { $_.FullName -like '*\x64\*' } |
    Sort-Object -Property FullName -Descending |
    Select-Object -First 1

$files = Get-ChildItem -Path $BinDirectory -Include '*.dll', '*.exe' -Recurse
foreach ($file in $files) {
    & $signtool.FullName sign /sha1 $cert.Thumbprint /fd SHA256 /tr $TimestampServer /td SHA256 $file.FullName
    if ($LASTEXITCODE -ne 0) {
        throw "signtool failed on $($file.Name)"
    }
}

# Scripts are signed with the PowerShell cmdlet so the catalog stays consistent.
$scripts = Get-ChildItem -Path $BinDirectory -Include '*.ps1', '*.psm1', '*.psd1' -Recurse
foreach ($script in $scripts) {
    $result = Set-AuthenticodeSignature -FilePath $script.FullName -Certificate $cert -TimestampServer $TimestampServer -HashAlgorithm SHA256
    if ($result.Status -ne 'Valid') {
        throw "Signing $($script.Name) returned $($result.Status): $($result.StatusMessage)"
    }
}
