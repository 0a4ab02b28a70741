function Export-Telemetry {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [psobject]$InputObject,
        [Parameter(Mandatory)]
        [string]$Path
    )
    begin {
        $writer = [System.IO.StreamWriter]::new($Path, $true)
    }
    process {
        $writer.WriteLine(($InputObject | ConvertTo-Json -Compress -Depth 4))
    }
    end {
        $writer.Flush()
    }
    clean {
        if ($writer) { $writer.Dispose() }
    }
}

Get-Process | Select-Object -First 5 -Property Name, Id, CPU | Export-Telemetry -Path ./telemetry.jsonl
