function Get-AppDataPath {
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory)]
        [string]$AppName
    )

    $base = if ($IsWindows) {
        $env:LOCALAPPDATA
    }
    elseif ($IsMacOS) {
        Join-Path $HOME 'Library/Application Support'
    }
    else {
        $env:XDG_DATA_HOME ?? (Join-Path $HOME '.local/share')
    }
    Join-Path $base $AppName
}

$path = Get-AppDataPath -AppName 'contoso-cli'
if (-not (Test-Path $path)) {
    New-Item -ItemType Directory -Path $path | Out-Null
}
Write-Output $path
