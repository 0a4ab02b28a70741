[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$PackageShare,
    [string]$ManifestPath = (Join-Path -Path $PSScriptRoot -ChildPath 'packages.json')
)

$manifest = Get-Content -Path $ManifestPath -Raw | ConvertFrom-Json

foreach ($pkg in $manifest.packages) {
    $file = Join-Path -Path $PackageShare -ChildPath $pkg.file
    if (-not (Test-Path -LiteralPath $file)) {
        Write-Warning "Missing package $($pkg.file)"
        continue
    }

    $sha256 = (Get-FileHash -LiteralPath $file -Algorithm SHA256).Hash
    $legacy = (Get-FileHash -LiteralPath $file -Algorithm MD5).Hash

    if ($sha256 -ne $pkg.sha256) {
        Write-Error "Hash mismatch for $($pkg.file): expected $($pkg.sha256), got $sha256"
    }
    Write-Verbose "$($pkg.file) MD5 $legacy"
}

$sha1 = [System.Security.Cryptography.SHA1]::Create()
$bytes = [System.Text.Encoding]::UTF8.GetBytes((Get-Content -Path $ManifestPath -Raw))
$manifestId = [System.BitConverter]::ToString($sha1.ComputeHash($bytes)).Replace('-', '')
Write-Output "Manifest fingerprint: $manifestId"
