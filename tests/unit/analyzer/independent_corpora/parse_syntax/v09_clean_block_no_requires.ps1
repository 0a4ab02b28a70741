function Export-TempReport {
    <#
    .SYNOPSIS
        Writes pipeline objects to a CSV through a temporary file that is always removed.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [psobject]$InputObject,

        [Parameter(Mandatory)]
        [string]$Path
    )

    begin {
        $tempFile = New-TemporaryFile
        $items = [System.Collections.Generic.List[psobject]]::new()
    }
    process {
        $items.Add($InputObject)
    }
    end {
        $items | Export-Csv -Path $tempFile.FullName -NoTypeInformation
        Move-Item -Path $tempFile.FullName -Destination $Path -Force
    }
    clean {
        if (Test-Path -Path $tempFile.FullName) {
            Remove-Item -Path $tempFile.FullName -Force
        }
    }
}

Get-Process | Select-Object -First 10 -Property Name, Id, CPU | Export-TempReport -Path "$HOME\top10.csv"
