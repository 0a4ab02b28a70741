# builds a hash manifest of the release share so the mirror can be checked later
param(
    [string]$Share = '\\files\release',
    [string]$Manifest = "$env:TEMP\release-manifest.csv"
)

$files = Get-ChildItem -Path $Share -File -Recurse

$rows = foreach ($file in $files) {
    $md5 = Get-FileHash -Path $file.FullName -Algorithm MD5
    $sha = Get-FileHash -Path $file.FullName -Algorithm:SHA1
    $strong = Get-FileHash -Path $file.FullName -Algorithm SHA256
    [pscustomobject]@{
        Path   = $file.FullName
        MD5    = $md5.Hash
        SHA1   = $sha.Hash
        SHA256 = $strong.Hash
    }
}
$rows | Export-Csv -Path $Manifest -NoTypeInformation

# the legacy mirror only understands SHA-1 digests of the manifest itself
$hasher = [System.Security.Cryptography.SHA1]::Create()
$bytes = [System.IO.File]::ReadAllBytes($Manifest)
$digest = [BitConverter]::ToString($hasher.ComputeHash($bytes)) -replace '-', ''
Set-Content -Path "$Manifest.sha1" -Value $digest

$opts = @{ Algorithm = 'MD5'; Path = $Manifest }
Get-FileHash @opts | Select-Object -ExpandProperty Hash
