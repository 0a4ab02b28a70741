function Export-Report {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [psobject]$InputObject,
        [Parameter(Mandatory)]
        [string]$Path
    )
    begin {
        $writer = [System.IO.StreamWriter]::new($Path, $false)
    }
    process {
        $writer.WriteLine(($InputObject | ConvertTo-Json -Compress -Depth 3))
    }
    clean {
        if ($writer) { $writer.Dispose() }
    }
}

Get-Service | Where-Object Status -eq 'Running' | Export-Report -Path ./running.jsonl
