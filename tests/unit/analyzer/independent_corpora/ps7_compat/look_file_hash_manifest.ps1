# Builds a SHA256 manifest of the release folder so downloads can be verified.
param(
    [string]$ReleaseDir = '.\out\release'
)

$manifest = Get-ChildItem -Path $ReleaseDir -File -Recurse |
    Get-FileHash -Algorithm SHA256 |
    ForEach-Object {
        $relative = $_.Path.Substring((Resolve-Path -Path $ReleaseDir).Path.Length).TrimStart('\')
        '{0}  {1}' -f $_.Hash.ToLowerInvariant(), $relative
    }

$target = Join-Path -Path $ReleaseDir -ChildPath 'SHA256SUMS.txt'
$manifest | Set-Content -Path $target -Encoding Ascii
Write-Output "Manifest with $($manifest.Count) entries written to $target"
