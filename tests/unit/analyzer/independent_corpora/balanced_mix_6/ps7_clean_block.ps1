function Export-Telemetry {
    [CmdletBinding()]
    param(
        [Parameter(ValueFromPipeline)]
        [psobject]$InputObject,
        [string]$Path = './telemetry.ndjson'
    )
    begin {
        $writer = [System.IO.StreamWriter]::new($Path, $true)
    }
    process {
        $writer.WriteLine(($InputObject | ConvertTo-Json -Compress -Depth 4))
    }
    clean {
        ${writer}?.Dispose()
    }
}

Get-Process | Select-Object -First 10 -Property Name, Id, CPU | Export-Telemetry
