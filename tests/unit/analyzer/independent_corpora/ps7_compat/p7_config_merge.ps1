#Requires -Version 7.0
[CmdletBinding()]
param(
    [string]$DefaultsPath = "$PSScriptRoot/defaults.json",
    [string]$OverridePath
)

function Merge-Setting {
    param(
        [hashtable]$Base,
        [hashtable]$Override
    )
    $merged = $Base.Clone()
    foreach ($key in $Override.Keys) {
        $merged[$key] = $Override[$key]
    }
    $merged
}

$defaults = Get-Content -Path $DefaultsPath -Raw | ConvertFrom-Json -AsHashtable -Depth 20
$override = @{}
if ($OverridePath -and (Test-Path -Path $OverridePath)) {
    $override = Get-Content -Path $OverridePath -Raw | ConvertFrom-Json -AsHashtable
}

$config = Merge-Setting -Base $defaults -Override $override
$config['LogLevel'] ??= 'Information'
$config['Retries'] ??= 3

$config | ConvertTo-Json -Depth 20 -EscapeHandling EscapeNonAscii | Set-Content -Path ./effective.json
Write-Verbose "Wrote effective configuration with $($config.Count) keys"
