#Requires -Version 7.2
# Reads BIOS images dropped by the vendor tool and records their size, hash and header bytes.
param(
    [string]$ImageFolder = '/srv/firmware/incoming',
    [string]$ReportFile = '/srv/firmware/report.json'
)

$images = Get-ChildItem -Path $ImageFolder -Filter '*.bin' -File
if (-not $images) {
    Write-Warning "No images in $ImageFolder"
    return
}

$rows = foreach ($image in $images) {
    $header = Get-Content -Path $image.FullName -AsByteStream -TotalCount 16
    [ordered]@{
        File   = $image.Name
        Bytes  = $image.Length
        Sha256 = (Get-FileHash -Path $image.FullName -Algorithm SHA256).Hash
        Magic  = ($header | ForEach-Object { $_.ToString('X2') }) -join ' '
    }
}

$rows | ConvertTo-Json -AsArray -Depth 3 | Set-Content -Path $ReportFile
$job = Start-Job -ScriptBlock { Get-FileHash -Path $ReportFile -Algorithm SHA256 }
Receive-Job -Job $job -Wait -AutoRemoveJob || Get-Error -Newest 1
