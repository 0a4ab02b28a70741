<#
.SYNOPSIS
    Updates keys in the application's appsettings.json.
#>
function Set-AppSetting {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$ConfigPath,

        [Parameter(Mandatory)]
        [string]$Key,

        [Parameter(Mandatory)]
        [AllowEmptyString()]
        [string]$Value
    )

    $json = Get-Content -Path $ConfigPath -Raw | ConvertFrom-Json
    $section = $json
    $parts = $Key -split ':'
    foreach ($part in $parts[0..($parts.Count - 2)]) {
        $section = $section.$part
    }
    $leaf = $parts[-1]
    $section.$leaf = $Value
    $json | ConvertTo-Json -Depth 10 | Set-Content -Path $ConfigPath -Encoding UTF8
}

$config = Join-Path -Path $PSScriptRoot -ChildPath 'appsettings.Production.json'
Set-AppSetting -ConfigPath $config -Key 'Logging:LogLevel:Default' -Value 'Warning'
Set-AppSetting -ConfigPath $config -Key 'Features:NewCheckout' -Value 'true'
