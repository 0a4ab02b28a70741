#Requires -RunAsAdministrator
# Restarts the print spooler on each print server and reports the status afterwards.
$printServers = Get-Content -Path "$PSScriptRoot\printservers.txt"

foreach ($server $printServers) {
    Invoke-Command -ComputerName $server -ScriptBlock {
        Restart-Service -Name Spooler -Force
        Get-Service -Name Spooler | Select-Object -Property Name, Status
    }
}
