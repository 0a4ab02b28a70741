<#
.SYNOPSIS
    Compares release artefacts against the checksum manifest the legacy build server publishes.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$ReleaseFolder,

    [string]$ManifestName = 'checksums.md5'
)

$manifest = Get-Content -Path (Join-Path $ReleaseFolder $ManifestName) |
    ForEach-Object {
        $hash, $file = $_ -split '\s+', 2
        [pscustomobject]@{ Hash = $hash; File = $file.TrimStart('*') }
    }

$bad = 0
foreach ($entry in $manifest) {
    $path = Join-Path -Path $ReleaseFolder -ChildPath $entry.File
    $actual = Get-FileHash -Path $path -Algorithm MD5
    if ($actual.Hash -ne $entry.Hash) {
        Write-Warning "Checksum mismatch: $($entry.File)"
        $bad++
    }
}

# The new pipeline also publishes SHA1 sums for the installer
$installer = Get-ChildItem -Path $ReleaseFolder -Filter '*.msi' | Select-Object -First 1
Get-FileHash $installer.FullName -Algorithm SHA1 | Format-List
Get-FileHash -Path $installer.FullName -Algorithm SHA256 | Format-List

if ($bad) { exit 1 }
