$events = Get-EventLog -LogName System -Newest 50 -EntryType Error
$summary = $events.Count -gt 0 ? "$($events.Count) errors" : 'no errors'
$os = Get-WmiObject -Class Win32_OperatingSystem
$version = $os?.Version ?? 'unknown'
Write-Output "$summary on $version"
