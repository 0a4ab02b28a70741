enum CacheState {
    Empty
    Loaded
    Stale
}

class ConfigCache {
    [string]$Path
    [hashtable]$Data
    [CacheState]$State = [CacheState]::Empty
    hidden [datetime]$LoadedAt

    ConfigCache([string]$path) {
        $this.Path = $path
    }

    [void] Load() {
        $raw = Get-Content -Path $this.Path -Raw
        $this.Data = $raw | ConvertFrom-StringData
        $this.LoadedAt = Get-Date
        $this.State = [CacheState]::Loaded
        Write-Host "Loaded $($this.Data.Count) keys from $($this.Path)"
    }

    [string] Get([string]$key) {
        if ($this.Data -eq $null) {
            $this.Load()
        }
        $age = (Get-Date) - $this.LoadedAt
        $value = $this.Data[$key]
        return $value
    }
}

function Get-ConfigValue {
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory)]
        [string]$Key,

        [string]$Path = "$PSScriptRoot\app.config.txt"
    )

    if (-not $script:Cache) {
        $script:Cache = [ConfigCache]::new($Path)
    }
    $script:Cache.Get($Key)
}

Export-ModuleMember -Function Get-ConfigValue
