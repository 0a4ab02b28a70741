#Requires -Version 5.1
# Reads the app settings file and prints the connection targets (no secrets in this file).
param(
    [string]$SettingsPath = "$PSScriptRoot\appsettings.json"
)

$settings = Get-Content -Path $SettingsPath -Raw | ConvertFrom-Json

$targets = foreach ($property in $settings.ConnectionTargets.PSObject.Properties) {
    [pscustomobject]@{
        Name    = $property.Name
        Server  = $property.Value.Server
        Port    = if ($property.Value.Port) { $property.Value.Port } else { 1433 }
        Enabled = [bool]$property.Value.Enabled
    }
}

$targets | Sort-Object -Property Name | Format-Table -AutoSize
$targets | ConvertTo-Json -Depth 3 | Set-Content -Path "$PSScriptRoot\targets.json"
