# Clears stuck print jobs and restarts the spooler on the print servers.
$servers = 'PRN01', 'PRN02'

foreach ($srv in $servers) {
    $printers = Get-Printer -ComputerName $srv
    foreach ($p in $printers) {
        $jobs = Get-PrintJob -ComputerName $srv -PrinterName $p.Name
        $stuck = $jobs | where { $_.JobStatus -match 'Error|Deleting' -or $_.SubmittedTime -lt (Get-Date).AddHours(-4) }
        foreach ($j in $stuck) {
            Remove-PrintJob -ComputerName $srv -PrinterName $p.Name -ID $j.Id
        }
    }
}

Invoke-Command -ComputerName 'PRN01' -ScriptBlock {
    Restart-Service -Name Spooler -Force
}

$report = Get-Printer -ComputerName PRN02 | select Name, PrinterStatus, PortName
$report | Format-Table -AutoSize
