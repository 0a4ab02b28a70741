# Restart the print spooler and clear stuck jobs
$spool = "$env:SystemRoot\System32\spool\PRINTERS"
try {
    Stop-Service -Name Spooler -Force -ErrorAction Stop
    Get-ChildItem -Path $spool -File | Remove-Item -Force
}
Start-Service -Name Spooler
Get-Printer | Where-Object { $_.JobCount -gt 0 } | Select-Object -Property Name, JobCount
