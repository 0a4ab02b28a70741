function Get-LineCount {
    <#
    .SYNOPSIS
        Counts lines of the files piped in, closing the reader even when the pipeline stops early.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [string]$Path
    )
    begin {
        $total = 0
    }
    process {
        $reader = [System.IO.StreamReader]::new($Path)
        while ($null -ne $reader.ReadLine()) {
            $total++
        }
        $reader.Dispose()
    }
    end {
        $total
    }
    clean {
        $reader?.Dispose()
    }
}

Get-ChildItem -Path $PSScriptRoot -Filter *.ps1 | Get-LineCount
