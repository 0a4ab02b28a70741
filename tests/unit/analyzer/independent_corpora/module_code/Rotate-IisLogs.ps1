$LogRoot = 'C:\inetpub\logs\LogFiles'
$ArchiveRoot = '\\nas01\iis-archive'
$Days = 14

$sites = Get-ChildItem $LogRoot -Directory
foreach ($site in $sites) {
    $old = Get-ChildItem $site.FullName -Filter *.log | Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-$Days) }
    if ($old.Count -eq 0) { continue }

    $zip = Join-Path $ArchiveRoot "$($site.Name)-$(Get-Date -Format yyyyMMdd).zip"
    Compress-Archive $old.FullName $zip -Update
    $old | Remove-Item -Force
    $archived = $old.Count
}

Write-Output "Archived logs for $($sites.Count) site(s)."
