# EMERGENCY disk space on the file server - C: is full again
# run as admin. reclaims space from shadow copies, logs, WU cache
Write-Host "Before: $([math]::Round((Get-PSDrive C).Free/1GB,2)) GB free"

vssadmin delete shadows /for=C: /all /quiet
wevtutil cl Application
wevtutil cl System

Stop-Service wuauserv -Force
Remove-Item C:\Windows\SoftwareDistribution\Download\* -Recurse -Force -ErrorAction SilentlyContinue
Start-Service wuauserv

$dism = Start-Process dism.exe -ArgumentList "/Online /Cleanup-Image /StartComponentCleanup" -Wait -PassThru -NoNewWindow
if ($dism.ExitCode -ne 0) { Write-Warning "DISM returned $($dism.ExitCode)" }

Write-Host "After: $([math]::Round((Get-PSDrive C).Free/1GB,2)) GB free"
