# Mirror the project share to the DR site every night
$src = "\\FS03\Projects"
$dst = "\\DR-FS01\Projects"
$log = "C:\Logs\robocopy_$(Get-Date -Format yyyyMMdd).log"
$opts = @('/MIR', '/Z', '/R:2', '/W:5', '/NP', '/MT:16')

robocopy $src $dst $opts /LOG:$log
$rc = $LASTEXITCODE

if ($rc -ge 8) {
    Write-Host "Robocopy failed with $rc, see $log" -ForegroundColor Red
    $global:BackupFailed = $true
    Get-Content $log -Tail 20 | echo
}
else {
    Write-Host "Mirror OK ($rc)"
}
