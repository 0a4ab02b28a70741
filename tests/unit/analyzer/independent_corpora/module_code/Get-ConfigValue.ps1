function Get-ConfigValue {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$Key
    )

    $path = Join-Path -Path $PSScriptRoot -ChildPath 'settings.json'
    try {
        $settings = Get-Content -Path $path -Raw | ConvertFrom-Json
    }
    $settings.$Key
}

Get-ConfigValue -Key 'ConnectionString'
