$servers = Get-Content -Path .\servers.txt
$results = @()

foreach ($server in ) {
    $uptime = Invoke-Command -ComputerName $server -ScriptBlock { (Get-Date) - (Get-CimInstance Win32_OperatingSystem).LastBootUpTime }
    $results += [pscustomobject]@{ Server = $server; UptimeDays = [int]$uptime.TotalDays }
}

$results | Sort-Object UptimeDays -Descending | Format-Table -AutoSize
Write-Output "Checked $($servers.Count) servers"
