param([int]$Hours = 24, $Servers = @('web01', 'web02', 'sql01'))

$since = (Get-Date).AddHours(-$Hours)
foreach ($srv in $Servers) {
    $errors = Get-EventLog -LogName System -EntryType Error -After $since -ComputerName $srv
    $os = Get-WmiObject -Class Win32_OperatingSystem -ComputerName $srv
    $uptime = (Get-Date) - $os.ConvertToDateTime($os.LastBootUpTime)
    Write-Host "$srv - $($errors.Count) errors, up $([int]$uptime.TotalDays) days"
    $errors | Group-Object Source | Sort-Object Count -Descending | Select-Object -First 5 | ft Name, Count
}
