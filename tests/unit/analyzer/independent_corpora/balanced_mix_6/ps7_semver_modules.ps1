param(
    [string]$Repository = 'PSGallery'
)

class ModuleStatus {
    [string]$Name
    [semver]$Installed
    [semver]$Latest
    [bool] IsOutdated() { return $this.Latest -gt $this.Installed }
}

$report = foreach ($mod in Get-InstalledModule) {
    $online = Find-Module -Name $mod.Name -Repository $Repository -ErrorAction SilentlyContinue
    if (-not $online) { continue }
    $status = [ModuleStatus]@{
        Name      = $mod.Name
        Installed = [semver]$mod.Version
        Latest    = [semver]$online.Version
    }
    $status.IsOutdated() ? $status : $null
}
$report | Where-Object { $_ } | Format-Table -Property Name, Installed, Latest
