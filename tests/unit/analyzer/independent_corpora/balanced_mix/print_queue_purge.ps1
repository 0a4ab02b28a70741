# Purges stuck jobs from the print queues every morning
param(
    [string[]]$PrintServers = @('PRN01', 'PRN02')
)

foreach ($host in $PrintServers) {
    $queues = Get-Printer -ComputerName $host | Where-Object { $_.JobCount -gt 0 }
    foreach ($q in $queues) {
        $stuck = Get-PrintJob -ComputerName $host -PrinterName $q.Name |
            Where-Object { $_.JobStatus -match 'Error|Deleting' -or $_.SubmittedTime -lt (Get-Date).AddHours(-4) }
        try {
            $stuck | Remove-PrintJob -ErrorAction Stop
        }
        catch { }
        Write-Output "$host\$($q.Name): removed $(@($stuck).Count) jobs"
    }
}
