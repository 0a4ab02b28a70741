## check that the important services are up, restart them if not
## paste into ISE and run as admin

$svcs = "Spooler","W32Time","WinRM"
$log = "C:\temp\svccheck.log"

function Check-Services($list) {
    foreach ($s in $list) {
        $svc = service $s
        if ($svc.Status -ne 'Running') {
            Write-Host "$s is $($svc.Status), restarting..." -ForegroundColor Yellow
            Restart-Service $s -Force
            Add-Content $log "$(date) restarted $s"
        }
        else {
            Write-Host "$s OK" -ForegroundColor Green  
        }
    }
}

Check-Services $svcs
$svcs | % { Get-Service $_ } | ft Name, Status -AutoSize
