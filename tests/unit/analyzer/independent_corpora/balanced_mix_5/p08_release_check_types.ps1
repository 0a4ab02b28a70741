$raw = Get-Content -Path ./release.json -Raw
$doc = [System.Text.Json.JsonDocument]::Parse($raw)
$ver = [semver]$doc.RootElement.GetProperty('version').GetString()
if ($ver -lt [semver]'2.0.0') { Write-Warning "Old release $ver" }
$doc.Dispose()
$bytes = Get-Content -Path ./release.zip -AsByteStream -Raw
$hash = [Convert]::ToHexString([System.Security.Cryptography.SHA256]::HashData($bytes))
"$ver $hash" | Out-File -FilePath ./release.sha256
