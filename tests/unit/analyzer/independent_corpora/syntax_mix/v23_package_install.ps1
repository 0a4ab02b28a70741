param(
    [Parameter(Mandatory)]
    [string]$PackagePath
)

$expected = Get-Content -Path "$PackagePath.md5" -TotalCount 1
$actual = (Get-FileHash -Path $PackagePath -Algorithm MD5).Hash
if ($actual -ne $expected.Trim()) {
    throw "checksum mismatch for $PackagePath"
}
$sha1 = Get-FileHash -LiteralPath $PackagePath -Algorithm SHA1
$install = "msiexec.exe /i `"$PackagePath`" /qn /norestart /l*v `"$env:TEMP\install.log`""
Invoke-Expression -Command $install
Write-Output "installed $(Split-Path -Path $PackagePath -Leaf) ($($sha1.Hash))"
