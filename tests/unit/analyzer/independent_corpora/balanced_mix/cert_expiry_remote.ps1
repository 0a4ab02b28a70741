$servers = Get-Content -Path C:\Scripts\web-servers.txt
$warnDays = 30

$expiring = Invoke-Command -ComputerName $servers -ScriptBlock {
    Get-ChildItem -Path Cert:\LocalMachine\My |
        Where-Object { $_.NotAfter -lt (Get-Date).AddDays($warnDays) } |
        Select-Object Subject, Thumbprint, NotAfter
}

$expiring | Sort-Object -Property NotAfter | Format-Table PSComputerName, Subject, NotAfter -AutoSize
