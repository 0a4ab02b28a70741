#Requires -Version 7.1
[CmdletBinding()]
param(
    [string]$SchemaPath = "$PSScriptRoot/report.schema.json",
    [string]$OutFile = "$PSScriptRoot/out/disk-report.json"
)

$disks = Get-PSDrive -PSProvider FileSystem | ForEach-Object {
    [pscustomobject]@{
        Name      = $_.Name
        UsedGB    = [math]::Round($_.Used / 1GB, 2)
        FreeGB    = [math]::Round($_.Free / 1GB, 2)
        Collected = Get-Date -AsUTC
    }
}

$json = $disks | ConvertTo-Json -AsArray
$schema = Get-Content -Path $SchemaPath -Raw
if (-not (Test-Json -Json $json -Schema $schema)) {
    throw 'Report does not match its schema'
}
$json | Set-Content -Path $OutFile
