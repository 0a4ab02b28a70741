#Requires -Version 7.1
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$SchemaPath,
    [string]$Folder = './config'
)

$schema = Get-Content -Path $SchemaPath -Raw
$failed = 0

Get-ChildItem -Path $Folder -Filter '*.json' -File | ForEach-Object {
    $json = Get-Content -Path $_.FullName -Raw
    if (Test-Json -Json $json -Schema $schema -ErrorAction SilentlyContinue) {
        Write-Verbose "OK   $($_.Name)"
    }
    else {
        Write-Warning "FAIL $($_.Name)"
        $failed++
    }
}

if ($failed -gt 0) {
    exit 1
}
