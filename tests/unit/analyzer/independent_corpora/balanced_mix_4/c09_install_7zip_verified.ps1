<#
.SYNOPSIS
    Installs the pinned 7-Zip release after checking its SHA-256.
#>
[CmdletBinding()]
param(
    [string]$Version = '2408',
    [string]$ExpectedSha256 = '67CB9D3452C9DD974B04F4A5FD842DBCBA8184F2344FF72E3662D7CDB68B099B'
)

$url = "https://www.7-zip.org/a/7z$Version-x64.msi"
$msi = Join-Path -Path $env:TEMP -ChildPath "7z$Version-x64.msi"

Invoke-WebRequest -Uri $url -OutFile $msi -UseBasicParsing
$hash = (Get-FileHash -Path $msi -Algorithm SHA256).Hash
if ($hash -ne $ExpectedSha256) {
    Remove-Item -Path $msi -Force
    throw "Checksum mismatch for $msi (got $hash)"
}

$proc = Start-Process -FilePath 'msiexec.exe' -ArgumentList '/i', "`"$msi`"", '/qn', '/norestart' -Wait -PassThru
if ($proc.ExitCode -ne 0) {
    throw "msiexec exited with $($proc.ExitCode)"
}
Remove-Item -Path $msi -Force
