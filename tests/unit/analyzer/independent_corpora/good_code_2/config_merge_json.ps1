function Merge-Hashtable {
    <#
    .SYNOPSIS
        Deep-merges an override hashtable into a base hashtable and returns a new one.
    #>
    [CmdletBinding()]
    [OutputType([hashtable])]
    param(
        [Parameter(Mandatory)]
        [hashtable]$Base,

        [Parameter(Mandatory)]
        [hashtable]$Override
    )

    $merged = @{}
    foreach ($key in $Base.Keys) {
        $merged[$key] = $Base[$key]
    }
    foreach ($key in $Override.Keys) {
        if ($merged[$key] -is [hashtable] -and $Override[$key] -is [hashtable]) {
            $merged[$key] = Merge-Hashtable -Base $merged[$key] -Override $Override[$key]
        }
        else {
            $merged[$key] = $Override[$key]
        }
    }
    return $merged
}

function ConvertTo-Hashtable {
    param([Parameter(ValueFromPipeline)]$InputObject)
    process {
        if ($InputObject -is [System.Management.Automation.PSCustomObject]) {
            $table = @{}
            foreach ($property in $InputObject.PSObject.Properties) {
                $table[$property.Name] = ConvertTo-Hashtable -InputObject $property.Value
            }
            return $table
        }
        return $InputObject
    }
}

$environment = if ($env:APP_ENVIRONMENT) { $env:APP_ENVIRONMENT } else { 'Development' }
$baseConfig = Get-Content -Path 'appsettings.json' -Raw | ConvertFrom-Json | ConvertTo-Hashtable
$envFile = "appsettings.$environment.json"
$final = $baseConfig
if (Test-Path -Path $envFile) {
    $overrides = Get-Content -Path $envFile -Raw | ConvertFrom-Json | ConvertTo-Hashtable
    $final = Merge-Hashtable -Base $baseConfig -Override $overrides
}
$final | ConvertTo-Json -Depth 10 | Set-Content -Path 'appsettings.effective.json' -Encoding UTF8
