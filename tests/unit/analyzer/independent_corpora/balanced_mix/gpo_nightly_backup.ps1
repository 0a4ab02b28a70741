$global:BackupRoot = '\\fs01\GPOBackups'
$stamp = Get-Date -Format 'yyyyMMdd'
$dest = Join-Path -Path $global:BackupRoot -ChildPath $stamp

function Show-Banner {
    param([string]$Text)
    Write-Host ('=' * 60) -ForegroundColor Cyan
    Write-Host $Text -ForegroundColor Cyan
}

Show-Banner -Text "GPO backup to $dest"
New-Item -ItemType Directory -Path $dest -Force | Out-Null
$gpos = Get-GPO -All
foreach ($gpo in $gpos) {
    Backup-GPO -Guid $gpo.Id -Path $dest -Comment "Nightly $stamp" | Out-Null
}
Get-GPOReport -All -ReportType Html -Path (Join-Path -Path $dest -ChildPath 'AllGPOs.html')
Write-Host "Backed up $($gpos.Count) GPOs"
Get-ChildItem -Path $dest -Recurse -File | Get-FileHash -Algorithm MD5 | Export-Csv -Path (Join-Path -Path $dest -ChildPath 'manifest.csv') -NoTypeInformation
