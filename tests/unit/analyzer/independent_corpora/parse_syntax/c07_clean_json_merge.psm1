function Merge-Configuration {
    <#
    .SYNOPSIS
        Merges two configuration objects; values from -Override win.
    .PARAMETER Base
        The default configuration.
    .PARAMETER Override
        Values that replace those of -Base.
    .EXAMPLE
        Merge-Configuration -Base (Get-Content a.json | ConvertFrom-Json) -Override (Get-Content b.json | ConvertFrom-Json)
    #>
    [CmdletBinding()]
    [OutputType([hashtable])]
    param(
        [Parameter(Mandatory)]
        [psobject]$Base,

        [Parameter(Mandatory)]
        [psobject]$Override
    )

    $result = @{}
    foreach ($property in $Base.PSObject.Properties) {
        $result[$property.Name] = $property.Value
    }
    foreach ($property in $Override.PSObject.Properties) {
        $current = $result[$property.Name]
        if ($current -is [psobject] -and $property.Value -is [psobject] -and
            $current -isnot [string] -and $property.Value -isnot [string]) {
            $result[$property.Name] = Merge-Configuration -Base $current -Override $property.Value
        }
        else {
            $result[$property.Name] = $property.Value
        }
    }
    $result
}

Export-ModuleMember -Function Merge-Configuration
