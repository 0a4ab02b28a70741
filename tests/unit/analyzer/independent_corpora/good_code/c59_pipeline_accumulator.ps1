function Export-InventoryReport {
    <#
    .SYNOPSIS
        Collects inventory objects from the pipeline and writes them to one CSV and one JSON file.
    .PARAMETER InputObject
        Inventory records, usually piped from a collection script.
    .PARAMETER Path
        Output path without extension.
    #>
    [CmdletBinding()]
    [OutputType([System.IO.FileInfo])]
    param(
        [Parameter(Mandatory = $true, ValueFromPipeline = $true)]
        [psobject]$InputObject,

        [Parameter(Mandatory = $true)]
        [string]$Path
    )

    begin {
        $records = New-Object -TypeName System.Collections.Generic.List[psobject]
    }
    process {
        $records.Add($InputObject)
    }
    end {
        if ($records.Count -eq 0) {
            Write-Warning -Message 'No records received; nothing written.'
            return
        }
        $csvPath = "$Path.csv"
        $jsonPath = "$Path.json"
        $records | Export-Csv -Path $csvPath -NoTypeInformation -Encoding UTF8
        $records | ConvertTo-Json -Depth 4 | Set-Content -Path $jsonPath -Encoding UTF8
        Get-Item -Path $csvPath, $jsonPath
    }
}

& "$PSScriptRoot\c01_disk_space_report.ps1" | Export-InventoryReport -Path (Join-Path -Path $env:TEMP -ChildPath 'disk-inventory')
