#Requires -Version 7.0
# Parses the big telemetry export with System.Text.Json, which is much faster than ConvertFrom-Json here.
param(
    [Parameter(Mandatory)]
    [string]$Path
)

$options = [System.Text.Json.JsonDocumentOptions]::new()
$options.AllowTrailingCommas = $true
$stream = [System.IO.File]::OpenRead($Path)
try {
    $document = [System.Text.Json.JsonDocument]::Parse($stream, $options)
    $counts = @{}
    foreach ($item in $document.RootElement.EnumerateArray()) {
        $name = $item.GetProperty('event').GetString()
        $counts[$name] = ($counts[$name] ?? 0) + 1
    }
    $counts.GetEnumerator() | Sort-Object -Property Value -Descending -Top 20
}
finally {
    $stream.Dispose()
}
