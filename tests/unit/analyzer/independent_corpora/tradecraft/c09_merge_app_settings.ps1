<#
.SYNOPSIS
    Merges environment-specific overrides into the base appsettings.json for a release.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$BasePath,

    [Parameter(Mandatory)]
    [string]$OverridePath,

    [Parameter(Mandatory)]
    [string]$OutputPath
)

function Merge-Setting {
    param(
        [Parameter(Mandatory)]
        [psobject]$Base,

        [Parameter(Mandatory)]
        [psobject]$Override
    )

    foreach ($property in $Override.PSObject.Properties) {
        $existing = $Base.PSObject.Properties[$property.Name]
        $bothObjects = $existing -and
            ($existing.Value -is [System.Management.Automation.PSCustomObject]) -and
            ($property.Value -is [System.Management.Automation.PSCustomObject])

        if ($bothObjects) {
            Merge-Setting -Base $existing.Value -Override $property.Value
        }
        elseif ($existing) {
            $existing.Value = $property.Value
        }
        else {
            $Base | Add-Member -MemberType NoteProperty -Name $property.Name -Value $property.Value
        }
    }
}

$base = Get-Content -Path $BasePath -Raw | ConvertFrom-Json
$override = Get-Content -Path $OverridePath -Raw | ConvertFrom-Json

Merge-Setting -Base $base -Override $override

$base | ConvertTo-Json -Depth 20 | Set-Content -Path $OutputPath -Encoding UTF8
Write-Verbose -Message "Merged settings written to $OutputPath"
