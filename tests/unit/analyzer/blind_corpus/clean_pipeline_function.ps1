function ConvertTo-UpperName {
    <#
    .SYNOPSIS
        Upper-cases the Name property of the objects piped in.
    #>
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [psobject]$InputObject
    )

    begin {
        $count = 0
    }
    process {
        $count++
        [pscustomobject]@{
            Name     = "$($InputObject.Name)".ToUpperInvariant()
            Original = $InputObject
        }
    }
    end {
        Write-Verbose -Message "Converted $count objects."
    }
}

Get-Service | Select-Object -First 5 | ConvertTo-UpperName
