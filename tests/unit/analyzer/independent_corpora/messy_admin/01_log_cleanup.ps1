# cleanup old logs on the file server - runs weekly from task scheduler
# v3 - Dave (don't touch the retention without asking Helen)
$days = 30
$logroot = "D:\Logs"
$report = @()
$servers = "FS01","FS02"

$old = gci $logroot -Recurse | ? { $_.LastWriteTime -lt (Get-Date).AddDays(-$days) }
foreach ($f in $old) {
    try {
        rm $f.FullName -Force
        $report += $f.FullName
    } catch { }
}
Write-Host "Removed $($report.Count) files"  
$total = ($old | measure -Property Length -Sum).Sum
echo "Freed $([math]::Round($total/1MB,2)) MB"
if ($old -eq $null) { Write-Host "nothing to clean" }
