function Get-SensorData {
    <#
    .SYNOPSIS
        Reads sensor readings from a JSON export and stamps them with the collection time.
    #>
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param(
        [Parameter(Mandatory)]
        [string]$Path
    )

    if (-not (Test-Path -LiteralPath $Path)) {
        throw "Sensor export '$Path' not found."
    }

    $now = Get-Date
    Get-Content -LiteralPath $Path -Raw |
        ConvertFrom-Json |
        ForEach-Object {
            [pscustomobject]@{
                Id          = $_.id
                Value       = [double]$_.value
                CollectedAt = $now
            }
        }
}

function global:Get-WindowsFeatureState {
    param([string]$Name = '*')
    Get-WindowsOptionalFeature -Online -FeatureName $Name |
        Select-Object -Property FeatureName, State
}
