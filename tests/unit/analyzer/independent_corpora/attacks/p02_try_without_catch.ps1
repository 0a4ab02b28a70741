# nightly export of the printer queue configuration
$exportPath = Join-Path -Path $env:ProgramData -ChildPath 'PrintExport'
New-Item -Path $exportPath -ItemType Directory -Force | Out-Null

$printers = Get-Printer

try {
    foreach ($printer in $printers) {
        $file = Join-Path -Path $exportPath -ChildPath "$($printer.Name).xml"
        $printer | Export-Clixml -Path $file -Depth 3
    }
}

Write-Verbose -Message "Exported $($printers.Count) printers to $exportPath"
Get-ChildItem -Path $exportPath -Filter '*.xml' |
    Sort-Object -Property LastWriteTime -Descending |
    Select-Object -Skip 50 |
    Remove-Item -Force
