$servers = Get-Content -Path .\servers.txt
$down = @()
foreach ($s in $servers) {
    if (-not (Test-Connection -ComputerName $s -Count 1 -Quiet)) {
        $down += $s
    }
}
$subject = 'Nightly check: servers aren't reachable'
Write-Output $subject
$down | Out-File -FilePath .\down.txt
