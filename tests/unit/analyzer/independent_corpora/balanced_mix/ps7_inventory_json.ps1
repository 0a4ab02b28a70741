#Requires -Version 7.1
param(
    [Parameter(Mandatory)]
    [string]$SchemaPath,
    [string]$OutFile = './inventory.json'
)

$disks = Get-CimInstance -ClassName Win32_LogicalDisk -Filter 'DriveType = 3'
$json = $disks | Select-Object -Property DeviceID, Size, FreeSpace | ConvertTo-Json -AsArray
$schema = Get-Content -Path $SchemaPath -Raw
if (-not (Test-Json -Json $json -Schema $schema)) {
    throw 'Inventory does not match the schema'
}
Set-Content -Path $OutFile -Value $json
$disks.DeviceID | Join-String -Separator ', ' -OutputPrefix 'Disks: '
$hash = Get-Content -Path $OutFile -AsByteStream | Select-Object -First 4
Write-Verbose -Message "Header bytes: $hash"
