# Support script: capture a full dump of a hung IIS worker for the vendor, then recycle the pool.
param(
    [string]$AppPool = 'OrdersApi',
    [string]$DumpRoot = 'E:\Dumps'
)

$worker = Get-CimInstance -ClassName Win32_Process -Filter "Name = 'w3wp.exe'" |
    Where-Object { $_.CommandLine -like "*-ap `"$AppPool`"*" }

if (-not $worker) {
    Write-Host "No worker process for $AppPool" -ForegroundColor Yellow
    exit
}

$dumpFile = Join-Path $DumpRoot "$AppPool-$(Get-Date -Format yyyyMMdd-HHmmss).dmp"
& 'C:\Tools\Sysinternals\procdump64.exe' -accepteula -ma $worker.ProcessId $dumpFile
Write-Host "Dump written to $dumpFile"

Import-Module WebAdministration
Restart-WebAppPool -Name $AppPool
