#Requires -Version 7.0
param([Parameter(Mandatory)][string]$ModuleName)

$installed = Get-Module -ListAvailable -Name $ModuleName | Sort-Object Version -Descending | Select-Object -First 1
$online = Find-Module -Name $ModuleName -Repository PSGallery
$current = [semver]$installed.Version.ToString(3)
$latest = [semver]::new($online.Version)

if ($latest -gt $current) {
    "Update available: $current -> $latest"
    $opts = [System.Text.Json.JsonSerializerOptions]::new()
    $opts.WriteIndented = $true
    [System.Text.Json.JsonSerializer]::Serialize(@{ module = $ModuleName; from = "$current"; to = "$latest" }, $opts) | Set-Content -Path ./update.json
}
