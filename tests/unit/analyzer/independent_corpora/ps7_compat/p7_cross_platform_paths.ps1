# Returns the folder where our tooling keeps its cache, on any OS.
function Get-CacheRoot {
    [CmdletBinding()]
    param(
        [string]$AppName = 'buildtools'
    )

    $root = if ($IsWindows) {
        $env:LOCALAPPDATA
    }
    elseif ($IsMacOS) {
        Join-Path -Path $HOME -ChildPath 'Library/Caches'
    }
    else {
        $env:XDG_CACHE_HOME ?? (Join-Path -Path $HOME -ChildPath '.cache')
    }

    Join-Path -Path $root -ChildPath $AppName
}

$cache = Get-CacheRoot
if (-not (Test-Path -Path $cache)) {
    $null = New-Item -Path $cache -ItemType Directory -Force
}
Get-ChildItem -Path $cache -File |
    Where-Object LastWriteTime -LT (Get-Date).AddDays(-30) |
    Remove-Item -Verbose
