# export system/security/application logs from the DCs every night
$servers = Get-Content C:\scripts\dcs.txt
$dest = '\\backup01\logs\' + (Get-Date).ToString('yyyy-MM-dd')
New-Item -ItemType Directory -Path $dest -Force | Out-Null

foreach ($s in $servers) {
    $os = Get-WmiObject -Class Win32_OperatingSystem -ComputerName $s
    Write-Host "$s running $($os.Caption)"
    foreach ($log in 'System', 'Security', 'Application') {
        $events = Get-EventLog -LogName $log -ComputerName $s -After (Get-Date).AddDays(-1)
        $events | Export-Csv "$dest\$s-$log.csv" -NoTypeInformation
        Get-FileHash -Path "$dest\$s-$log.csv" -Algorithm MD5 | Out-File -FilePath "$dest\hashes.txt" -Append
    }
}

$old = Get-ChildItem '\\backup01\logs' -Directory | ? { $_.CreationTime -lt (Get-Date).AddDays(-30) }
$old | Remove-Item -Recurse -Force
Write-Host "done, removed $($old.Count) old folders"
