param(
    [Parameter(Mandatory)]
    [string]$InstallerPath,
    [Parameter(Mandatory)]
    [string]$ExpectedSha256
)

$actual = (Get-FileHash -Path $InstallerPath -Algorithm SHA256).Hash
if ($actual -ne $ExpectedSha256.ToUpperInvariant()) {
    throw "Hash mismatch for ${InstallerPath}: expected $ExpectedSha256, got $actual"
}
$signature = Get-AuthenticodeSignature -FilePath $InstallerPath
if ($signature.Status -ne 'Valid') {
    throw "Signature on $InstallerPath is $($signature.Status)"
}
$proc = Start-Process -FilePath msiexec.exe -ArgumentList '/i', "`"$InstallerPath`"", '/qn', '/norestart' -Wait -PassThru
if ($proc.ExitCode -notin 0, 3010) {
    throw "msiexec returned $($proc.ExitCode)"
}
