# Prepares the working folders for the nightly export job.
$ErrorActionPreference = 'Stop'

$exportRoot = 'E:\Exports'
$folders = 'incoming', 'processed', 'failed'

foreach ($name in $folders) {
    $path = Join-Path -Path $exportRoot -ChildPath $name
    if (-not (Test-Path -Path $path) {
        New-Item -Path $path -ItemType Directory | Out-Null
    }
}

Write-Output "Export folders ready under $exportRoot"
