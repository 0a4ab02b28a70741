# Cleans up old files on the department shares. Scheduled weekly on FS02.
$shares = "\\FS02\Marketing", "\\FS02\Finance", "\\FS02\Shared"
$days = 180
$cutoff = (Get-Date).AddDays(-$days)
$report = @()
$totalSize = 0

foreach ($s in $shares) {
    $old = gci $s -Recurse -File -ErrorAction SilentlyContinue | ? { $_.LastWriteTime -lt $cutoff }
    foreach ($f in $old) {
        try {
            del $f.FullName -Force
            $report += $f.FullName
        } catch { }
    }
}

$report | Out-File "C:\Reports\cleanup_$(Get-Date -Format yyyyMMdd).txt"
Write-Host "Removed $($report.Count) files"
