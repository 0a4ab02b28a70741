function Export-QueryResult {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [psobject]$InputObject,

        [Parameter(Mandatory)]
        [string]$Path
    )

    begin {
        $writer = [System.IO.StreamWriter]::new($Path, $false, [System.Text.UTF8Encoding]::new($false))
        $first = $true
    }
    process {
        if ($first) {
            $writer.WriteLine(($InputObject.PSObject.Properties.Name -join "`t"))
            $first = $false
        }
        $writer.WriteLine(($InputObject.PSObject.Properties.Value -join "`t"))
    }
    clean {
        if ($null -ne $writer) { $writer.Dispose() }
    }
}

Get-Process | Select-Object -First 20 Name, Id, CPU | Export-QueryResult -Path (Join-Path $env:TEMP 'procs.tsv')
