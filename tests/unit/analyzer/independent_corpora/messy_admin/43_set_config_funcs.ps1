function Set-AppConfig {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory=$true)]
        [string]$Path,
        [Parameter(Mandatory=$true)]
        [hashtable]$Settings
    )
    [xml]$xml = Get-Content $Path
    foreach ($key in $Settings.Keys) {
        $node = $xml.configuration.appSettings.add | Where-Object { $_.key -eq $key }
        if ($node) { $node.value = [string]$Settings[$key] }
    }
    $xml.Save($Path)
}

function Update-AppPool {
    [CmdletBinding(SupportsShouldProcess=$true)]
    param([string]$Name, [int]$RecycleMinutes = 1740)
    Import-Module WebAdministration
    $poolPath = "IIS:\AppPools\$Name"
    $pool = Get-Item $poolPath
    $pool.recycling.periodicRestart.time = [TimeSpan]::FromMinutes($RecycleMinutes)
    $pool | Set-Item
}

function New-AppFolder {
    [CmdletBinding(SupportsShouldProcess)]
    param([string]$Root, [string]$App)
    $dir = Join-Path $Root $App
    if ($PSCmdlet.ShouldProcess($dir, "create")) {
        New-Item -ItemType Directory -Path $dir -Force | Out-Null
    }
    $dir
}

function Restart-SitePool {
    [CmdletBinding(SupportsShouldProcess)]
    param([string]$Name)
    & "$env:windir\system32\inetsrv\appcmd.exe" recycle apppool /apppool.name:$Name
}

Set-AppConfig -Path "D:\Sites\Orders\web.config" -Settings @{ LogLevel = "Warn"; CacheMinutes = 15 }
Update-AppPool -Name "Orders"
New-AppFolder -Root "D:\Sites" -App "Reports"
Restart-SitePool -Name "Orders"
