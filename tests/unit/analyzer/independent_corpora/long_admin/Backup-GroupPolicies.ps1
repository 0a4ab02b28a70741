<#
.SYNOPSIS
    Backs up every GPO of the domain to a dated folder and keeps an HTML report of each.
.NOTES
    Runs weekly on the management server under the gMSA svc-gpobackup$.
#>
param(
    [string]$BackupRoot = '\\mgmt01\gpo-backups',
    [int]$Keep = 8
)

Import-Module GroupPolicy

$target = Join-Path $BackupRoot (Get-Date -Format 'yyyy-MM-dd')
New-Item -ItemType Directory -Path $target -Force | Out-Null

$gpos = Get-GPO -All | Sort-Object DisplayName
$log = [System.Collections.Generic.List[string]]::new()

foreach ($gpo in $gpos) {
    $safeName = $gpo.DisplayName -replace '[\\/:*?"<>|]', '_'
    try {
        Backup-GPO -Guid $gpo.Id -Path $target -Comment "Weekly backup $(Get-Date -Format d)" | Out-Null
        Get-GPOReport -Guid $gpo.Id -ReportType Html -Path (Join-Path $target "$safeName.html")
        $log.Add("OK   $($gpo.DisplayName)")
    }
    $log.Add("DONE $($gpo.DisplayName)")
}

$log | Set-Content -Path (Join-Path $target 'backup.log')

# keep the newest $Keep backup sets
Get-ChildItem -Path $BackupRoot -Directory |
    Sort-Object Name -Descending |
    Select-Object -Skip $Keep |
    Remove-Item -Recurse -Force

Write-Output "Backed up $($gpos.Count) GPOs to $target"
