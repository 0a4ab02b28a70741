function Get-AppDataRoot {
    [CmdletBinding()]
    param(
        [string]$AppName = 'contoso-agent'
    )
    $base = if ($IsWindows) {
        $env:LOCALAPPDATA
    }
    elseif ($IsMacOS) {
        Join-Path -Path $HOME -ChildPath 'Library/Application Support'
    }
    else {
        $env:XDG_DATA_HOME ?? (Join-Path -Path $HOME -ChildPath '.local/share')
    }
    Join-Path -Path $base -ChildPath $AppName
}

$root = Get-AppDataRoot
Test-Path -Path $root || New-Item -ItemType Directory -Path $root | Out-Null
