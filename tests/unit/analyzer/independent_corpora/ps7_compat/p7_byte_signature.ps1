#Requires -Version 7.0
# Detects zip archives renamed to .dat in the upload folder.
param(
    [string]$UploadDir = '/srv/uploads'
)

$zipMagic = [byte[]](0x50, 0x4B, 0x03, 0x04)

Get-ChildItem -Path $UploadDir -Filter '*.dat' -File | ForEach-Object {
    $head = Get-Content -Path $_.FullName -AsByteStream -TotalCount 4
    if ($null -ne $head -and -not (Compare-Object -ReferenceObject $zipMagic -DifferenceObject $head -SyncWindow 0)) {
        [pscustomobject]@{
            File     = $_.Name
            Base     = Split-Path -Path $_.FullName -LeafBase
            Extension = Split-Path -Path $_.FullName -Extension
        }
    }
}
