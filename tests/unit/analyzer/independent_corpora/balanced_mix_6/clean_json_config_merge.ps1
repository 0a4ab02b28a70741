[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$BasePath,
    [Parameter(Mandatory)]
    [string]$OverridePath
)

function Merge-Hashtable {
    [CmdletBinding()]
    param(
        [hashtable]$Base,
        [hashtable]$Override
    )
    $result = @{}
    foreach ($key in $Base.Keys) {
        $result[$key] = $Base[$key]
    }
    foreach ($key in $Override.Keys) {
        if ($result[$key] -is [hashtable] -and $Override[$key] -is [hashtable]) {
            $result[$key] = Merge-Hashtable -Base $result[$key] -Override $Override[$key]
        }
        else {
            $result[$key] = $Override[$key]
        }
    }
    return $result
}

function ConvertTo-Hashtable {
    param([Parameter(ValueFromPipeline)]$InputObject)
    process {
        if ($InputObject -is [System.Management.Automation.PSCustomObject]) {
            $table = @{}
            foreach ($prop in $InputObject.PSObject.Properties) {
                $table[$prop.Name] = ConvertTo-Hashtable -InputObject $prop.Value
            }
            $table
        }
        else {
            $InputObject
        }
    }
}

$base = Get-Content -Path $BasePath -Raw | ConvertFrom-Json | ConvertTo-Hashtable
$override = Get-Content -Path $OverridePath -Raw | ConvertFrom-Json | ConvertTo-Hashtable
Merge-Hashtable -Base $base -Override $override | ConvertTo-Json -Depth 10
